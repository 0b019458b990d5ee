/** A modular application using cepkit: requiring its modules is all it takes, with no flag on the command line. */
module org.example.consumer {
    requires org.cepkit.json;
    requires org.cepkit.analysis;
}
