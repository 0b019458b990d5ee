package org.cepkit.rules.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.model.territory.RegionCode;

/**
 * A {@link Referential} read from the text format of {@code scripts/update-cog.sh} (the embedded resource
 * {@value #RESOURCE}, or another edition), with its indexes keyed by the code's text so that a look-up is one hash
 * probe (one array read for a commune, {@link CommuneTable}) and parses nothing. The lists are in code order.
 * Immutable once built, and safe for concurrent use.
 *
 * <p>Reading is done in two steps, so that a run starts quickly. The first, when the referential is built, reads the
 * small sections (meta, régions, départements, EPCI) and, of each commune, arrondissement and former commune, only
 * its code, its EPCI, and where its line starts. The second reads a commune's line on its first look-up. Reading
 * every line at once took 0.3 to 0.4 s of a run's start, in code not compiled yet, and made the JIT compile the
 * reading code too; the first step takes a few hundredths (BENCHMARKS.md). An edition given by the user
 * ({@link #read}) is read whole at once, so that a malformed line is refused there; the embedded one is read whole
 * by the build's tests.
 */
final class CogReferential implements Referential {

    static final String RESOURCE = "cog-2026.txt";

    private static final VarHandle EPCIS = MethodHandles.arrayElementVarHandle(CogEpci[].class);

    private final String name;
    private final byte[] text;
    private final String edition;
    private final String source;
    private final Map<String, CogRegion> regions;
    private final Map<String, CogDepartement> departements;
    private final List<CogRegion> regionList;
    private final List<CogDepartement> departementList;
    /** The EPCI of each SIREN, as the index of their arrays below. */
    private final Map<String, Integer> epciIndex;
    private final EpciCode[] epciCodes;
    private final String[] epciNames;
    private final CogEpci.Nature[] epciNatures;
    /** The slots of each EPCI's communes, in code order. */
    private final int[][] epciMembers;
    /** Each EPCI with its members, made on its first look-up. */
    private final CogEpci[] epcis;
    /** The communes and arrondissements; the line of an arrondissement is kept negated. */
    private final CommuneTable<CogCommune> communes;
    private final CommuneTable<FormerCommune> formers;
    /** The lists over every commune and EPCI, made once, on first use: validating records needs none of them. */
    private volatile Lists lists;

    /** Indexes {@code text}, reading at once only what the first step reads; see the class comment. */
    CogReferential(String name, byte[] text) {
        this.name = name;
        this.text = text;
        communes = new CommuneTable<>(this::readCommuneOrArrondissement);
        formers = new CommuneTable<>(this::readFormer);
        Index index = new Index();
        index.read();
        edition = require(index.meta.get("edition"), "the [meta] edition");
        source = require(index.meta.get("source"), "the [meta] source");
        Map<String, CogRegion> regionsWithDepartements = new HashMap<>();
        index.regions.forEach((code, r) -> regionsWithDepartements.put(code, new CogRegion(r.code(), r.name(),
                sorted(index.departementsOfRegion.get(code)))));
        regions = Collections.unmodifiableMap(regionsWithDepartements);
        departements = Collections.unmodifiableMap(index.departements);
        regionList = inCodeOrder(regions);
        departementList = inCodeOrder(departements);
        int epciCount = index.epciCodes.size();
        epciIndex = Collections.unmodifiableMap(index.epciIndex);
        epciCodes = index.epciCodes.toArray(new EpciCode[0]);
        epciNames = index.epciNames.toArray(new String[0]);
        epciNatures = index.epciNatures.toArray(new CogEpci.Nature[0]);
        epciMembers = new int[epciCount][];
        for (int i = 0; i < epciCount; i++) { // an EPCI read means its section was ended, and its members counted
            int[] of = index.members[i];
            epciMembers[i] = of == null ? new int[0] : Arrays.copyOf(of, index.memberCounts[i]);
            Arrays.sort(epciMembers[i]);
        }
        epcis = new CogEpci[epciCount];
    }

    /** Initialization-on-demand holder: the JVM reads the embedded edition once, on first use, without a lock. */
    private static final class Embedded {
        static final CogReferential COG = load();
    }

    static CogReferential embedded() {
        return Embedded.COG;
    }

    /** Reads and indexes the resource; throws {@link IllegalStateException} naming the line when it is malformed. */
    private static CogReferential load() {
        try (InputStream in = CogReferential.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            return new CogReferential(RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a referential from {@code in}, every line of it, named {@code name} in the messages of a malformed
     * line.
     */
    static CogReferential read(InputStream in, String name) throws IOException {
        CogReferential referential = new CogReferential(name, in.readAllBytes());
        referential.lists();
        return referential;
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
        Integer index = epciIndex.get(Objects.requireNonNull(code, "code"));
        return index == null ? Optional.empty() : Optional.of(epci(index));
    }

    @Override
    public List<CogCommune> communesOf(DepartementCode departement) {
        return lists().communesByDepartement.getOrDefault(departement.value(), List.of());
    }

    @Override
    public List<CogCommune> communesOf(RegionCode region) {
        return lists().communesByRegion.getOrDefault(region.value(), List.of());
    }

    @Override
    public List<CogCommune> members(EpciCode epci) {
        Integer index = epciIndex.get(epci.value());
        if (index == null) {
            return List.of();
        }
        int[] slots = epciMembers[index];
        CogCommune[] members = new CogCommune[slots.length];
        for (int i = 0; i < slots.length; i++) {
            members[i] = communes.get(slots[i]);
        }
        return List.of(members);
    }

    @Override
    public List<CogCommune> communes() {
        return lists().communes;
    }

    @Override
    public List<FormerCommune> formerCommunes() {
        return lists().formers;
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
        return lists().epcis;
    }

    @Override
    public String toString() {
        return edition + " (" + source + ")";
    }

    /** The EPCI of that index with its members, made on first use, the same instance afterwards. */
    private CogEpci epci(int index) {
        CogEpci epci = epcis[index];
        if (epci == null) {
            int[] slots = epciMembers[index];
            CommuneCode[] members = new CommuneCode[slots.length];
            for (int i = 0; i < slots.length; i++) {
                members[i] = communes.get(slots[i]).code();
            }
            CogEpci made = new CogEpci(epciCodes[index], epciNames[index], epciNatures[index], List.of(members));
            CogEpci before = (CogEpci) EPCIS.compareAndExchange(epcis, index, null, made);
            epci = before == null ? made : before;
        }
        return epci;
    }

    /** The lists over the whole referential, reading every line not read yet on the first call. */
    private Lists lists() {
        Lists made = lists;
        if (made == null) {
            synchronized (this) {
                made = lists;
                if (made == null) {
                    made = new Lists();
                    lists = made;
                }
            }
        }
        return made;
    }

    /** Every commune, former commune and EPCI, and the communes grouped by département, région and EPCI. */
    private final class Lists {

        final List<CogCommune> communes = CogReferential.this.communes.values();
        final List<FormerCommune> formers = CogReferential.this.formers.values();
        final List<CogEpci> epcis;
        final Map<String, List<CogCommune>> communesByDepartement;
        final Map<String, List<CogCommune>> communesByRegion;

        Lists() {
            List<CogEpci> all = new ArrayList<>(epciCodes.length);
            for (int i = 0; i < epciCodes.length; i++) {
                all.add(epci(i));
            }
            all.sort((a, b) -> a.code().value().compareTo(b.code().value()));
            epcis = List.copyOf(all);
            Map<String, List<CogCommune>> byDepartement = new HashMap<>();
            Map<String, List<CogCommune>> byRegion = new HashMap<>();
            for (CogCommune commune : communes) {
                commune.departement().ifPresent(d ->
                        byDepartement.computeIfAbsent(d.value(), any -> new ArrayList<>()).add(commune));
                commune.region().ifPresent(r ->
                        byRegion.computeIfAbsent(r.value(), any -> new ArrayList<>()).add(commune));
            }
            communesByDepartement = frozen(byDepartement);
            communesByRegion = frozen(byRegion);
        }

        private static Map<String, List<CogCommune>> frozen(Map<String, List<CogCommune>> groups) {
            groups.replaceAll((k, list) -> List.copyOf(list));
            return Collections.unmodifiableMap(groups);
        }
    }

    /**
     * A commune's line, {@code code;name;département;EPCI[;postal codes]} (no département for a commune of a
     * collectivité d'outre-mer), or an arrondissement's, {@code code;name;département;commune[;postal codes]}, whose
     * line is given negated.
     */
    private CogCommune readCommuneOrArrondissement(int line) {
        boolean arrondissement = line < 0;
        int start = Math.abs(line) - 1;
        return parse(start, arrondissement ? "[arrondissements]" : "[communes]", f -> {
            CommuneCode code = CommuneCode.parse(field(f, 4, 5, 0));
            if (arrondissement) {
                CogDepartement departement = known(departements, f[2], "département");
                CogCommune parent = knownCommune(f[3]);
                return new CogCommune(code, f[1], CogCommune.Kind.ARRONDISSEMENT, Optional.of(departement.code()),
                        Optional.of(departement.region()), parent.epci(), Optional.of(parent.code()),
                        postalCodes(f, 4));
            }
            Optional<CogDepartement> departement = departementOf(code, f[2]);
            Optional<EpciCode> epci = f[3].isEmpty() ? Optional.empty()
                    : Optional.of(epciCodes[known(epciIndex, f[3], "EPCI")]);
            return new CogCommune(code, f[1], CogCommune.Kind.COMMUNE, departement.map(CogDepartement::code),
                    departement.map(CogDepartement::region), epci, Optional.empty(), postalCodes(f, 4));
        });
    }

    /** A former commune's line: {@code code;COMD, COMA or OLD;name or nothing;current commune}. */
    private FormerCommune readFormer(int line) {
        return parse(line - 1, "[former]", f -> {
            CommuneCode code = CommuneCode.parse(field(f, 4, 4, 0));
            FormerCommune.Kind kind = switch (f[1]) {
                case "COMD" -> FormerCommune.Kind.COMMUNE_DELEGUEE;
                case "COMA" -> FormerCommune.Kind.COMMUNE_ASSOCIEE;
                case "OLD" -> FormerCommune.Kind.ANCIEN_CODE;
                default -> throw new IllegalArgumentException("unknown kind '" + f[1] + "'");
            };
            CogCommune current = knownCommune(f[3]);
            Optional<String> formerName = f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]);
            return new FormerCommune(code, kind, formerName, current.code());
        });
    }

    /** The current commune or arrondissement of that code, read if it is not yet; it must be in the referential. */
    private CogCommune knownCommune(String code) {
        CogCommune commune = communes.get(code);
        if (commune == null) {
            throw new IllegalArgumentException("unknown commune '" + code + "'");
        }
        return commune;
    }

    private interface LineParser<V> {
        V parse(String[] fields);
    }

    /** Parses the line starting at {@code start}; an error names the line, its section and its text. */
    private <V> V parse(int start, String section, LineParser<V> parser) {
        String line = lineAt(start);
        try {
            return parser.parse(line.split(";", -1));
        } catch (RuntimeException e) {
            throw malformed(start, section, line, e);
        }
    }

    private IllegalStateException malformed(int start, String section, String line, RuntimeException e) {
        int number = 1;
        for (int i = 0; i < start; i++) {
            if (text[i] == '\n') {
                number++;
            }
        }
        return new IllegalStateException(name + " line " + number + " (" + section + "): " + e.getMessage() + ": '"
                + line + "'", e);
    }

    /** The text of the line starting at {@code start}, without its line end. */
    private String lineAt(int start) {
        int end = start;
        while (end < text.length && text[end] != '\n') {
            end++;
        }
        if (end > start && text[end - 1] == '\r') {
            end--;
        }
        return new String(text, start, end - start, StandardCharsets.UTF_8);
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

    /**
     * The first step of reading: one pass over the bytes of the text. The lines of the small sections are parsed at
     * once, in dependency order, so that each can be checked against those before it. Of a commune, an
     * arrondissement or a former commune, the pass takes the slot of its code, where its line starts, and, for a
     * commune, its EPCI, looking at no more than the line's first four fields. A code listed twice, a line of those
     * sections whose first field is not shaped as a commune code, and a commune of an unknown EPCI are refused here.
     */
    private final class Index {

        final Map<String, String> meta = new HashMap<>();
        final Map<String, CogRegion> regions = new HashMap<>();
        final Map<String, List<DepartementCode>> departementsOfRegion = new HashMap<>();
        final Map<String, CogDepartement> departements = new HashMap<>();
        final Map<String, Integer> epciIndex = new HashMap<>();
        final List<EpciCode> epciCodes = new ArrayList<>();
        final List<String> epciNames = new ArrayList<>();
        final List<CogEpci.Nature> epciNatures = new ArrayList<>();
        /** The EPCI of each SIREN read as a number, open addressing, sized when the [epci] section ends. */
        private int[] epciKeys;
        private int[] epciValues;
        int[][] members;
        int[] memberCounts;
        private final Set<String> sections = new HashSet<>();
        private String section = "";

        void read() {
            int start = 0;
            while (start < text.length) {
                int end = start;
                int firstSemicolon = -1;
                int fourthSemicolon = -1;
                int thirdSemicolon = -1;
                int semicolons = 0;
                for (; end < text.length && text[end] != '\n'; end++) {
                    if (text[end] == ';') {
                        semicolons++;
                        if (semicolons == 1) {
                            firstSemicolon = end;
                        } else if (semicolons == 3) {
                            thirdSemicolon = end;
                        } else if (semicolons == 4) {
                            fourthSemicolon = end;
                        }
                    }
                }
                int lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
                if (lineEnd > start && text[start] != '#') {
                    if (text[start] == '[') {
                        enterSection(start);
                    } else {
                        switch (section) {
                            case "[communes]" -> commune(start, firstSemicolon, thirdSemicolon,
                                    fourthSemicolon < 0 ? lineEnd : fourthSemicolon);
                            case "[arrondissements]" -> slot(communes, start, firstSemicolon, -start - 1);
                            case "[former]" -> slot(formers, start, firstSemicolon, start + 1);
                            default -> small(start);
                        }
                    }
                }
                start = end + 1;
            }
            endSection();
        }

        private void enterSection(int start) {
            String header = lineAt(start);
            if (!sections.add(header)) {
                throw malformed(start, header, header, new IllegalArgumentException("a section listed twice"));
            }
            endSection();
            section = header;
        }

        /**
         * Ends the section being read: after the EPCI, the table of their SIRENs read as numbers (plus one, so that
         * 0 marks a free place), open addressing, and the lists of their members.
         */
        void endSection() {
            if (section.equals("[epci]")) {
                int size = Integer.highestOneBit(Math.max(epciCodes.size(), 1) * 4);
                epciKeys = new int[size];
                epciValues = new int[size];
                for (int i = 0; i < epciCodes.size(); i++) {
                    int key = Integer.parseInt(epciCodes.get(i).value()) + 1;
                    int at = key & (size - 1);
                    while (epciKeys[at] != 0) {
                        at = (at + 1) & (size - 1);
                    }
                    epciKeys[at] = key;
                    epciValues[at] = i;
                }
                members = new int[epciCodes.size()][];
                memberCounts = new int[epciCodes.size()];
            }
        }

        /** The slot of the line's code, its first field of five characters, given {@code line}. */
        private int slot(CommuneTable<?> table, int start, int firstSemicolon, int line) {
            int slot = firstSemicolon == start + 5
                    ? CommuneTable.slot(text[start], text[start + 1], text[start + 2], text[start + 3],
                            text[start + 4])
                    : -1;
            if (slot < 0) {
                throw malformed(start, section, lineAt(start), new IllegalArgumentException("not a commune code"));
            }
            if (!table.add(slot, line)) {
                throw malformed(start, section, lineAt(start), new IllegalArgumentException("code '"
                        + CommuneTable.code(slot) + "' listed twice"));
            }
            return slot;
        }

        /** A commune: its slot, and its place among the members of its EPCI, the field after the third ";". */
        private void commune(int start, int firstSemicolon, int thirdSemicolon, int epciEnd) {
            int slot = slot(communes, start, firstSemicolon, start + 1);
            if (thirdSemicolon < 0 || thirdSemicolon + 1 == epciEnd) {
                return;
            }
            int key = 0;
            for (int i = thirdSemicolon + 1; i < epciEnd && key >= 0; i++) {
                int digit = text[i] - '0';
                key = digit >= 0 && digit <= 9 && i - thirdSemicolon <= 9 ? key * 10 + digit : -1;
            }
            key = epciEnd - thirdSemicolon - 1 == 9 && key >= 0 ? key + 1 : -1;
            int epci = -1;
            if (key > 0 && epciKeys != null) { // no table yet: the [epci] section comes later, if at all
                int at = key & (epciKeys.length - 1);
                while (epciKeys[at] != 0 && epciKeys[at] != key) {
                    at = (at + 1) & (epciKeys.length - 1);
                }
                epci = epciKeys[at] == key ? epciValues[at] : -1;
            }
            if (epci < 0) {
                throw malformed(start, section, lineAt(start), new IllegalArgumentException("unknown EPCI '"
                        + new String(text, thirdSemicolon + 1, epciEnd - thirdSemicolon - 1,
                                StandardCharsets.UTF_8) + "'"));
            }
            int[] of = members[epci];
            if (of == null) {
                of = new int[8];
            } else if (memberCounts[epci] == of.length) {
                of = Arrays.copyOf(of, of.length * 2);
            }
            of[memberCounts[epci]++] = slot;
            members[epci] = of;
        }

        /** A line of the meta, régions, départements or EPCI section. */
        private void small(int start) {
            String line = lineAt(start);
            String[] f = line.split(";", -1);
            try {
                switch (section) {
                    case "[meta]" -> meta.put(field(f, 2, 2, 0), f[1]);
                    case "[regions]" -> {
                        RegionCode code = RegionCode.parse(field(f, 2, 2, 0));
                        departementsOfRegion.put(code.value(), new ArrayList<>());
                        put(regions, code.value(), new CogRegion(code, f[1], List.of()));
                    }
                    case "[departements]" -> {
                        DepartementCode code = DepartementCode.parse(field(f, 3, 3, 0));
                        RegionCode region = known(regions, f[1], "région").code();
                        departementsOfRegion.get(region.value()).add(code);
                        put(departements, code.value(), new CogDepartement(code, f[2], region));
                    }
                    case "[epci]" -> {
                        EpciCode code = EpciCode.parse(field(f, 3, 3, 0));
                        CogEpci.Nature nature = CogEpci.Nature.ofCode(f[1]);
                        put(epciIndex, code.value(), epciCodes.size());
                        epciCodes.add(code);
                        epciNames.add(f[2]);
                        epciNatures.add(nature);
                    }
                    default -> throw new IllegalArgumentException("data outside a known section");
                }
            } catch (RuntimeException e) {
                throw malformed(start, section, line, e);
            }
        }
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

    private static <C extends Comparable<? super C>> List<C> sorted(List<C> codes) {
        codes.sort(null);
        return List.copyOf(codes);
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("the referential lacks " + what);
        }
        return value;
    }

    /** The field at {@code index} of a line of {@code min} to {@code max} fields. */
    private static String field(String[] fields, int min, int max, int index) {
        if (fields.length < min || fields.length > max) {
            throw new IllegalArgumentException("expected " + (min == max ? min + "" : min + " or " + max)
                    + " fields, found " + fields.length);
        }
        return fields[index];
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
