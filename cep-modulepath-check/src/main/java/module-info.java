/** A consumer of cepkit as a user's modular application would be: it requires the JSON module, nothing else. */
module org.cepkit.modulepath {
    requires org.cepkit.json;
}
