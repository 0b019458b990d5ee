package org.cepkit.rules.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.rules.CepValidator;
import org.cepkit.rules.Fixtures;
import org.cepkit.rules.Issue;
import org.cepkit.rules.Profile;
import org.junit.jupiter.api.Test;

/** The territory rules read the referential of the validator's profile, not a fixed edition. */
class ProfileReferentialTest {

    /** A referential in the text format of scripts/update-cog.sh, with Corsica and Ajaccio alone. */
    private static final String TINY = String.join("\n",
            "[meta]", "edition;COG test", "source;a test of cepkit", "licence;none",
            "[regions]", "94;Corse",
            "[departements]", "2A;94;Corse-du-Sud", "2B;94;Haute-Corse",
            "[epci]",
            "[communes]", "2A004;Ajaccio;2A;",
            "[arrondissements]",
            "[former]", "");

    private static Referential tiny() throws IOException {
        return Referential.read(new ByteArrayInputStream(TINY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGivenReferentialDecidesWhichCommunesExist() throws IOException {
        Pathway inBastia = Fixtures.pathway(OperatorFamily.MISSION_LOCALE);   // resides in 2B033, Bastia
        assertThat(Fixtures.validator().validate(inBastia).issues()).isEmpty();

        CepValidator withTiny = CepValidator.create(Fixtures.profile().referential(tiny()).build());
        assertThat(withTiny.validate(inBastia).issues()).extracting(Issue::rule, Issue::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("territory.unknown", "/beneficiary/residence"));
        assertThat(withTiny.validate(inBastia).issues().get(0).message()).contains("COG test");
    }

    @Test
    void theEmbeddedEditionIsTheDefault() {
        assertThat(Profile.defaults().referential()).isSameAs(Referential.embedded());
        assertThat(Referential.embedded().edition()).isEqualTo("COG 2026");
    }

    @Test
    void aMalformedReferentialIsRefusedWithItsLine() {
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio;2C;")
                .hasMessageContaining("line 12").hasMessageContaining("unknown département '2C'");
    }

    private static Referential read(String text) throws IOException {
        return Referential.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What reading {@link #TINY} with {@code from} replaced by {@code to} throws: an IllegalStateException. */
    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String from, String to) {
        return assertThatThrownBy(() -> read(TINY.replace(from, to))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFifthFieldGivesThePostalCodesAndAnEmptyDepartementACommuneOfACollectivite() throws IOException {
        Referential withPostalCodes = read(TINY.replace("2A004;Ajaccio;2A;", "2A004;Ajaccio;2A;;20000 20090\n"
                + "97801;Saint-Martin;;;97150"));

        assertThat(withPostalCodes.commune("2A004").orElseThrow().postalCodes()).extracting(c -> c.value())
                .containsExactly("20000", "20090");
        assertThat(withPostalCodes.commune("97801").orElseThrow().departement()).isEmpty();
        assertThat(withPostalCodes.commune("97801").orElseThrow().region()).isEmpty();
        assertThat(tiny().commune("2A004").orElseThrow().postalCodes()).isEmpty();
    }

    @Test
    void aCommuneOfADepartementNeedsItsDepartementAndOnlyIts() {
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio;;")
                .hasMessageContaining("no département for a commune");
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio;2B;")
                .hasMessageContaining("does not start with it");
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio;2A;;2000")
                .hasMessageContaining("line 12");
    }

    @Test
    void everyLineIsCheckedWhenTheReferentialIsRead() {
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio;2A;\n2A004;Ajaccio;2A;")
                .hasMessageContaining("line 13")
                .hasMessageContaining("code '2A004' listed twice");
        refused("2A004;Ajaccio;2A;", "2C004;Ajaccio;2A;")
                .hasMessageContaining("line 12")
                .hasMessageContaining("not a commune code");
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio;2A;200054781")
                .hasMessageContaining("line 12")
                .hasMessageContaining("unknown EPCI '200054781'");
        refused("[arrondissements]", "[arrondissements]\n2A005;Quartier;2A;2A006")
                .hasMessageContaining("line 14 ([arrondissements])")
                .hasMessageContaining("unknown commune '2A006'");
        refused("[former]", "[former]\n2A007;COMD;Ancienne;2A006")
                .hasMessageContaining("line 15 ([former])")
                .hasMessageContaining("unknown commune '2A006'");
        refused("[former]", "[former]\n2A007;COMX;Ancienne;2A004")
                .hasMessageContaining("unknown kind 'COMX'");
        refused("[arrondissements]", "[epci]")
                .hasMessageContaining("a section listed twice");
        refused("2A004;Ajaccio;2A;", "2A004;Ajaccio")
                .hasMessageContaining("expected 4 or 5 fields, found 2");
    }

    @Test
    void anEpciSectionThatEndsTheTextGivesEpciWithoutMembers() throws IOException {
        Referential epciLast = read(TINY.replace("[epci]\n", "").replace("[former]\n", "[former]\n[epci]\n"
                + "200054781;METRO;Métropole du Grand Paris"));

        assertThat(epciLast.epci("200054781").orElseThrow().members()).isEmpty();
        assertThat(epciLast.commune("2A004")).isPresent();
    }

    @Test
    void aCommuneOfAnEpciIsAmongItsMembers() throws IOException {
        Referential withEpci = read(TINY.replace("[epci]", "[epci]\n200054781;METRO;Métropole du Grand Paris")
                .replace("2A004;Ajaccio;2A;", "2A004;Ajaccio;2A;200054781\n2A006;Ajaccio 2;2A;200054781"));

        assertThat(withEpci.epci("200054781").orElseThrow().members()).extracting(c -> c.value())
                .containsExactly("2A004", "2A006");
        assertThat(withEpci.commune("2A006").orElseThrow().epci()).map(c -> c.value()).contains("200054781");
        assertThat(withEpci.members(withEpci.epci("200054781").orElseThrow().code())).extracting(c -> c.name())
                .containsExactly("Ajaccio", "Ajaccio 2");
    }
}
