package org.cepkit.rules.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;

/**
 * A {@link Referential} read from the text format of {@code scripts/update-cog.sh} (the embedded resource
 * {@value #RESOURCE}, or another edition), with its indexes keyed by the code's text so that a look-up is one hash
 * probe (one array read for a commune, {@link CommuneTable}) and parses nothing. The lists are in code order.
 * Immutable once built.
 */
final class CogReferential implements Referential {

    static final String RESOURCE = "cog-2026.txt";

    final String edition;
    final String source;
    final Map<String, CogRegion> regions;
    final Map<String, CogDepartement> departements;
    final Map<String, CogEpci> epcis;
    final CommuneTable<CogCommune> communes;
    final CommuneTable<FormerCommune> formers;
    final List<CogRegion> regionList;
    final List<CogDepartement> departementList;
    final List<CogEpci> epciList;
    final List<CogCommune> communeList;
    final List<FormerCommune> formerList;
    final Map<String, List<CogCommune>> communesByDepartement;
    final Map<String, List<CogCommune>> communesByRegion;
    final Map<String, List<CogCommune>> membersByEpci;

    private CogReferential(Builder b) {
        edition = require(b.meta.get("edition"), "the [meta] edition");
        source = require(b.meta.get("source"), "the [meta] source");
        regions = freeze(b.regions);
        departements = freeze(b.departements);
        epcis = freeze(b.epcis);
        communes = new CommuneTable<>(b.communes);
        formers = new CommuneTable<>(b.formers);
        regionList = inCodeOrder(b.regions);
        departementList = inCodeOrder(b.departements);
        epciList = inCodeOrder(b.epcis);
        communeList = communes.values();
        formerList = formers.values();
        communesByDepartement = group(communeList, c -> c.departement().map(DepartementCode::value));
        communesByRegion = group(communeList, c -> c.region().map(RegionCode::value));
        Map<String, List<CogCommune>> members = new HashMap<>();
        for (CogEpci epci : epciList) {
            List<CogCommune> of = new ArrayList<>(epci.members().size());
            for (CommuneCode member : epci.members()) {
                of.add(communes.get(member.value()));
            }
            members.put(epci.code().value(), List.copyOf(of));
        }
        membersByEpci = Collections.unmodifiableMap(members);
    }

    /** Initialization-on-demand holder: the JVM reads the embedded edition once, on first use, without a lock. */
    private static final class Embedded {
        static final CogReferential COG = load();
    }

    static CogReferential embedded() {
        return Embedded.COG;
    }

    /** Reads and checks the resource; throws {@link IllegalStateException} naming the line when it is malformed. */
    private static CogReferential load() {
        try (InputStream in = CogReferential.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a referential from {@code in}, named {@code name} in the messages of a malformed line. */
    static CogReferential read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        return new Builder(name).read(reader).build();
    }

    @Override
    public String edition() {
        return edition;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Optional<CogCommune> commune(String code) {
        return Optional.ofNullable(communes.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public Optional<FormerCommune> former(String code) {
        return Optional.ofNullable(formers.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public CommuneLookup lookup(String code) {
        CogCommune current = communes.get(Objects.requireNonNull(code, "code"));
        if (current != null) {
            return CommuneLookup.current(code, current);
        }
        FormerCommune former = formers.get(code);
        if (former != null) {
            return CommuneLookup.former(code, former, communes.get(former.current().value()));
        }
        return CommuneLookup.unknown(code);
    }

    @Override
    public Optional<CogDepartement> departement(String code) {
        return Optional.ofNullable(departements.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public Optional<CogRegion> region(String code) {
        return Optional.ofNullable(regions.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public Optional<CogEpci> epci(String code) {
        return Optional.ofNullable(epcis.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public List<CogCommune> communesOf(DepartementCode departement) {
        return communesByDepartement.getOrDefault(departement.value(), List.of());
    }

    @Override
    public List<CogCommune> communesOf(RegionCode region) {
        return communesByRegion.getOrDefault(region.value(), List.of());
    }

    @Override
    public List<CogCommune> members(EpciCode epci) {
        return membersByEpci.getOrDefault(epci.value(), List.of());
    }

    @Override
    public List<CogCommune> communes() {
        return communeList;
    }

    @Override
    public List<FormerCommune> formerCommunes() {
        return formerList;
    }

    @Override
    public List<CogDepartement> departements() {
        return departementList;
    }

    @Override
    public List<CogRegion> regions() {
        return regionList;
    }

    @Override
    public List<CogEpci> epcis() {
        return epciList;
    }

    @Override
    public String toString() {
        return edition + " (" + source + ")";
    }

    /** The values of {@code byCode} in the order of their codes. */
    private static <V> List<V> inCodeOrder(Map<String, V> byCode) {
        List<Map.Entry<String, V>> entries = new ArrayList<>(byCode.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        List<V> values = new ArrayList<>(entries.size());
        for (Map.Entry<String, V> entry : entries) {
            values.add(entry.getValue());
        }
        return List.copyOf(values);
    }

    private static <V> Map<String, V> freeze(Map<String, V> map) {
        return Collections.unmodifiableMap(new HashMap<>(map));
    }

    private static Map<String, List<CogCommune>> group(Iterable<CogCommune> communes,
            Function<CogCommune, Optional<String>> key) {
        Map<String, List<CogCommune>> groups = new HashMap<>();
        for (CogCommune commune : communes) {
            key.apply(commune).ifPresent(k -> groups.computeIfAbsent(k, any -> new ArrayList<>()).add(commune));
        }
        groups.replaceAll((k, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(groups);
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("the referential lacks " + what);
        }
        return value;
    }

    /**
     * One pass over the lines; sections come in dependency order, so each line can be checked at once. Hash maps,
     * not sorted ones: the referential is built while a run starts, in code the JIT has not compiled yet, where
     * a tree map's comparisons were a quarter of the time (a JFR profile of the load alone, 2026-12-02); the
     * lists are put in code order once, at the end.
     */
    private static final class Builder {

        private final Map<String, String> meta = new HashMap<>();
        private final Map<String, CogRegion> regions = new HashMap<>();
        private final Map<String, List<DepartementCode>> departementsOfRegion = new HashMap<>();
        private final Map<String, CogDepartement> departements = new HashMap<>();
        private final Map<String, CogEpci> epcis = new HashMap<>();
        private final Map<String, List<CommuneCode>> epciMembers = new HashMap<>();
        private final Map<String, CogCommune> communes = new HashMap<>(1 << 16);
        private final Map<String, FormerCommune> formers = new HashMap<>(1 << 13);
        private final String name;
        private String section = "";
        private int lineNumber;

        Builder(String name) {
            this.name = name;
        }

        Builder read(BufferedReader reader) throws IOException {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                if (line.charAt(0) == '[') {
                    section = line;
                    continue;
                }
                try {
                    accept(line.split(";", -1));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(name + " line " + lineNumber + " (" + section + "): "
                            + e.getMessage() + ": '" + line + "'", e);
                }
            }
            return this;
        }

        private void accept(String[] f) {
            switch (section) {
                case "[meta]" -> meta.put(field(f, 2, 0), f[1]);
                case "[regions]" -> {
                    RegionCode code = RegionCode.parse(field(f, 2, 0));
                    departementsOfRegion.put(code.value(), new ArrayList<>());
                    put(regions, code.value(), new CogRegion(code, f[1], List.of()));
                }
                case "[departements]" -> {
                    DepartementCode code = DepartementCode.parse(field(f, 3, 0));
                    RegionCode region = known(regions, f[1], "région").code();
                    departementsOfRegion.get(region.value()).add(code);
                    put(departements, code.value(), new CogDepartement(code, f[2], region));
                }
                case "[epci]" -> {
                    EpciCode code = EpciCode.parse(field(f, 3, 0));
                    epciMembers.put(code.value(), new ArrayList<>());
                    put(epcis, code.value(), new CogEpci(code, f[2], CogEpci.Nature.ofCode(f[1]), List.of()));
                }
                case "[communes]" -> {
                    CommuneCode code = CommuneCode.parse(field(f, 4, 5, 0));
                    Optional<CogDepartement> departement = departementOf(code, f[2]);
                    Optional<EpciCode> epci = f[3].isEmpty() ? Optional.empty()
                            : Optional.of(known(epcis, f[3], "EPCI").code());
                    epci.ifPresent(e -> epciMembers.get(e.value()).add(code));
                    put(communes, code.value(), new CogCommune(code, f[1], CogCommune.Kind.COMMUNE,
                            departement.map(CogDepartement::code), departement.map(CogDepartement::region), epci,
                            Optional.empty(), postalCodes(f, 4)));
                }
                case "[arrondissements]" -> {
                    CommuneCode code = CommuneCode.parse(field(f, 4, 5, 0));
                    CogDepartement departement = known(departements, f[2], "département");
                    CogCommune parent = known(communes, f[3], "commune");
                    put(communes, code.value(), new CogCommune(code, f[1], CogCommune.Kind.ARRONDISSEMENT,
                            Optional.of(departement.code()), Optional.of(departement.region()), parent.epci(),
                            Optional.of(parent.code()), postalCodes(f, 4)));
                }
                case "[former]" -> {
                    CommuneCode code = CommuneCode.parse(field(f, 4, 0));
                    FormerCommune.Kind kind = switch (f[1]) {
                        case "COMD" -> FormerCommune.Kind.COMMUNE_DELEGUEE;
                        case "COMA" -> FormerCommune.Kind.COMMUNE_ASSOCIEE;
                        case "OLD" -> FormerCommune.Kind.ANCIEN_CODE;
                        default -> throw new IllegalArgumentException("unknown kind '" + f[1] + "'");
                    };
                    CogCommune current = known(communes, f[3], "commune");
                    Optional<String> name = f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]);
                    put(formers, code.value(), new FormerCommune(code, kind, name, current.code()));
                }
                default -> throw new IllegalArgumentException("data outside a known section");
            }
        }

        CogReferential build() {
            regions.replaceAll((code, r) -> new CogRegion(r.code(), r.name(),
                    sorted(departementsOfRegion.get(code))));
            epcis.replaceAll((code, e) -> new CogEpci(e.code(), e.name(), e.nature(),
                    sorted(epciMembers.get(code))));
            return new CogReferential(this);
        }

        private static <C extends Comparable<? super C>> List<C> sorted(List<C> codes) {
            codes.sort(null);
            return List.copyOf(codes);
        }

        private static String field(String[] fields, int count, int index) {
            return field(fields, count, count, index);
        }

        /** The field at {@code index} of a line of {@code min} to {@code max} fields. */
        private static String field(String[] fields, int min, int max, int index) {
            if (fields.length < min || fields.length > max) {
                throw new IllegalArgumentException("expected " + (min == max ? min + "" : min + " or " + max)
                        + " fields, found " + fields.length);
            }
            return fields[index];
        }

        /**
         * The commune's département: the one named, which the code must start with; or none, for a commune of a
         * collectivité d'outre-mer, whose code starts with no département's (975, 977, 978).
         */
        private Optional<CogDepartement> departementOf(CommuneCode code, String field) {
            Optional<DepartementCode> prefix = code.departement();
            if (field.isEmpty()) {
                if (prefix.isPresent()) {
                    throw new IllegalArgumentException("no département for a commune of département " + prefix.get());
                }
                return Optional.empty();
            }
            CogDepartement departement = known(departements, field, "département");
            if (!prefix.equals(Optional.of(departement.code()))) {
                throw new IllegalArgumentException("a commune of département " + departement.code().value()
                        + " whose code does not start with it");
            }
            return Optional.of(departement);
        }

        /** The space-separated postal codes of field {@code index}, when the line has it. */
        private static List<PostalCode> postalCodes(String[] fields, int index) {
            if (fields.length <= index || fields[index].isEmpty()) {
                return List.of();
            }
            String[] codes = fields[index].split(" ", -1);
            PostalCode[] parsed = new PostalCode[codes.length];
            for (int i = 0; i < codes.length; i++) {
                parsed[i] = PostalCode.parse(codes[i]);
            }
            return List.of(parsed);
        }

        private static <V> V known(Map<String, V> map, String code, String what) {
            V value = map.get(code);
            if (value == null) {
                throw new IllegalArgumentException("unknown " + what + " '" + code + "'");
            }
            return value;
        }

        private static <V> void put(Map<String, V> map, String code, V value) {
            if (map.putIfAbsent(code, value) != null) {
                throw new IllegalArgumentException("code '" + code + "' listed twice");
            }
        }
    }
}
