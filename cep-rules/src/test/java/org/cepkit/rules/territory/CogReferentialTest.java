package org.cepkit.rules.territory;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.DepartementCode;
import org.cepkit.model.territory.EpciCode;
import org.cepkit.model.territory.RegionCode;
import org.junit.jupiter.api.Test;

/**
 * The embedded edition as a whole: its counts are those of the source package, and it agrees with the format
 * rules and code lists of cep-model.
 */
class CogReferentialTest {

    private static final Referential COG = Referential.embedded();

    @Test
    void countsAreThoseOfTheCog2026WithTheCommunesOfThreeCollectivitesDOutreMer() {
        assertThat(COG.communes().stream().collect(groupingBy(CogCommune::kind, counting())))
                .containsOnly(entry(CogCommune.Kind.COMMUNE, 34_875L + 4), entry(CogCommune.Kind.ARRONDISSEMENT, 45L));
        assertThat(COG.communes()).filteredOn(c -> c.departement().isEmpty()).extracting(c -> c.code().value())
                .containsExactly("97501", "97502", "97701", "97801");
        assertThat(COG.formerCommunes().stream().collect(groupingBy(FormerCommune::kind, counting())))
                .containsOnly(entry(FormerCommune.Kind.COMMUNE_DELEGUEE, 2_105L),
                        entry(FormerCommune.Kind.COMMUNE_ASSOCIEE, 471L),
                        entry(FormerCommune.Kind.ANCIEN_CODE, 1_882L));
        assertThat(COG.departements()).hasSize(101);
        assertThat(COG.regions()).hasSize(18);
        assertThat(COG.epcis().stream().collect(groupingBy(CogEpci::nature, counting())))
                .containsOnly(entry(CogEpci.Nature.COMMUNAUTE_DE_COMMUNES, 989L),
                        entry(CogEpci.Nature.COMMUNAUTE_D_AGGLOMERATION, 230L),
                        entry(CogEpci.Nature.COMMUNAUTE_URBAINE, 14L),
                        entry(CogEpci.Nature.METROPOLE, 21L),
                        entry(CogEpci.Nature.METROPOLE_DE_LYON, 1L));
    }

    @Test
    void everyCommuneIsInTheDepartementOfItsCodeAndTheRegionOfItsDepartement() {
        assertThat(COG.communes()).allSatisfy(commune -> {
            assertThat(commune.code().departement()).as(commune.code().value()).isEqualTo(commune.departement());
            assertThat(commune.departement().map(DepartementCode::region)).as(commune.code().value())
                    .isEqualTo(commune.region());
        });
    }

    @Test
    void departementsAndRegionsAreThoseOfTheModel() {
        assertThat(COG.departements()).extracting(CogDepartement::code)
                .containsExactlyElementsOf(DepartementCode.values());
        assertThat(COG.departements())
                .allSatisfy(d -> assertThat(d.region()).as(d.code().value()).isEqualTo(d.code().region()));
        assertThat(COG.regions()).extracting(CogRegion::code).containsExactlyElementsOf(RegionCode.values());
        assertThat(COG.regions()).allSatisfy(r -> {
            assertThat(r.name()).isEqualTo(r.code().name());
            assertThat(r.departements()).isEqualTo(r.code().departements());
        });
    }

    @Test
    void everyEpciSirenOfTheResourcePassesTheEpciFormat() throws IOException {
        List<String> sirens = section("[epci]").stream().map(line -> line.substring(0, line.indexOf(';'))).toList();

        assertThat(sirens).hasSize(1_255).allSatisfy(siren -> assertThat(EpciCode.isValid(siren)).as(siren).isTrue());
        assertThat(COG.epcis()).extracting(e -> e.code().value()).containsExactlyElementsOf(sirens);
    }

    @Test
    void everyCommuneBelongsToTheEpciThatListsIt() {
        assertThat(COG.epcis()).allSatisfy(epci -> assertThat(COG.members(epci.code()))
                .isNotEmpty()
                .allSatisfy(member -> {
                    assertThat(member.kind()).isEqualTo(CogCommune.Kind.COMMUNE);
                    assertThat(member.epci()).contains(epci.code());
                }));
        long members = COG.epcis().stream().mapToLong(e -> e.members().size()).sum();
        assertThat(members).isEqualTo(34_875 - 4); // the four islands in no EPCI; the collectivités are in none
    }

    @Test
    void everyFormerCommuneBelongsToACurrentCommune() {
        assertThat(COG.formerCommunes()).allSatisfy(former -> {
            Optional<CogCommune> current = COG.commune(former.current());
            assertThat(current).as(former.code().value())
                    .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(CogCommune.Kind.COMMUNE));
            assertThat(former.name().isEmpty()).isEqualTo(former.kind() == FormerCommune.Kind.ANCIEN_CODE);
        });
    }

    @Test
    void listsAreInCodeOrderAndCannotBeChanged() {
        List<CommuneCode> codes = COG.communes().stream().map(CogCommune::code).toList();

        assertThat(codes).isSorted().doesNotHaveDuplicates().contains(CommuneCode.parse("13201"),
                CommuneCode.parse("2A004"));
        assertThat(COG.formerCommunes().stream().map(f -> f.code().value()).toList()).isSorted()
                .doesNotHaveDuplicates();
        assertThat(COG.regions().stream().map(r -> r.code().value()).toList()).isSorted().hasSize(18);
        assertThat(COG.departements().stream().map(d -> d.code().value()).toList()).isSorted().hasSize(101);
        assertThat(COG.epcis().stream().map(e -> e.code().value()).toList()).isSorted().hasSize(1255);
        assertThat(COG.communesOf(DepartementCode.parse("13")).stream().map(c -> c.code().value()).toList())
                .isSorted().contains("13055", "13201");
        assertThat(COG.communesOf(RegionCode.parse("94")).stream().map(c -> c.code().value()).toList())
                .isSorted().contains("2A004", "2B033");
        for (CogEpci epci : COG.epcis()) {
            assertThat(COG.members(epci.code()).stream().map(CogCommune::code).toList()).as(epci.code().value())
                    .isSorted().isEqualTo(epci.members());
        }
        for (CogRegion region : COG.regions()) {
            assertThat(region.departements()).isSorted();
        }
        assertThatThrownBy(() -> COG.communes().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> COG.communesOf(DepartementCode.parse("01")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void freshLoadMatchesTheSharedReferential() throws IOException {
        long start = System.nanoTime();
        CogReferential fresh;
        try (InputStream in = CogReferential.class.getResourceAsStream(CogReferential.RESOURCE)) {
            fresh = (CogReferential) Referential.read(in);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %d communes, %d former codes read in %d ms%n", fresh.edition(),
                fresh.communes().size(), fresh.formerCommunes().size(), millis);

        assertThat(fresh.communes()).isEqualTo(COG.communes());
        assertThat(fresh.formerCommunes()).isEqualTo(COG.formerCommunes());
        assertThat(fresh.epcis()).isEqualTo(COG.epcis());
    }

    @Test
    void aCommuneReadOnItsFirstLookUpIsTheOneOfTheListsAndOfEveryLaterLookUp() throws IOException {
        CogReferential lazy = indexedOnly();
        CogCommune ajaccio = lazy.commune("2A004").orElseThrow();
        CogCommune marseille1 = lazy.commune("13201").orElseThrow();
        FormerCommune beon = lazy.former("01039").orElseThrow();
        CogEpci grandParis = lazy.epci("200054781").orElseThrow();

        assertThat(lazy.communes()).contains(ajaccio, marseille1).isEqualTo(COG.communes());
        assertThat(lazy.communes().get(lazy.communes().indexOf(ajaccio))).isSameAs(ajaccio);
        assertThat(lazy.commune("2A004")).containsSame(ajaccio);
        assertThat(lazy.formerCommunes()).contains(beon).isEqualTo(COG.formerCommunes());
        assertThat(lazy.epcis()).contains(grandParis).isEqualTo(COG.epcis());
        assertThat(lazy.epci("200054781")).containsSame(grandParis);
        assertThat(lazy.members(grandParis.code())).extracting(CogCommune::code)
                .isEqualTo(grandParis.members());
    }

    @Test
    void threadsLookingUpTheSameCommunesAtOnceGetTheSameInstances() throws Exception {
        CogReferential lazy = indexedOnly();
        List<String> codes = COG.communes().stream().map(c -> c.code().value()).limit(2_000).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<CogCommune>>> found = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                found.add(pool.submit(() -> {
                    go.await();
                    return codes.stream().map(code -> lazy.commune(code).orElseThrow()).toList();
                }));
            }
            go.countDown();
            List<CogCommune> first = found.get(0).get();
            for (Future<List<CogCommune>> other : found) {
                List<CogCommune> communes = other.get();
                for (int i = 0; i < codes.size(); i++) {
                    assertThat(communes.get(i)).isSameAs(first.get(i));
                }
            }
            assertThat(first).extracting(c -> c.code().value()).isEqualTo(codes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A new instance of the embedded edition, indexed and nothing more read yet. */
    private static CogReferential indexedOnly() throws IOException {
        try (InputStream in = CogReferential.class.getResourceAsStream(CogReferential.RESOURCE)) {
            return new CogReferential(CogReferential.RESOURCE, in.readAllBytes());
        }
    }

    private static List<String> section(String header) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CogReferential.class.getResourceAsStream(CogReferential.RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean inside = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("[")) {
                    inside = line.equals(header);
                } else if (inside && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
