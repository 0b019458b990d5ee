package org.cepkit.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cepkit.model.testing.BeanValidation.violations;

import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cepkit.model.testing.BeanValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** cepkit's constraint annotations on a user's own class: fields, a getter, list elements and a parameter. */
class CustomConstraintsTest {

    /** A class of a library user, who checks codes with cepkit's annotations. */
    static final class Office {
        @Commune String commune;
        @Departement String departement;
        @Region String region;
        @Epci String epci;
        @EmploymentZone String employmentZone;
        @PostalCode String postalCode;
        @Siren String siren;
        @Siret String siret;
        @Rome String rome;
        @Formacode String formacode;
        @Certification String certification;
        @RecordIdentifier String id;
        List<@Commune String> servedCommunes = new ArrayList<>();
        private String headOffice;

        @Commune
        public String getHeadOffice() {
            return headOffice;
        }

        void register(@Siret String employerSiret) {
            this.siret = employerSiret;
        }

        static Office valid() {
            Office office = new Office();
            office.commune = "2A004";
            office.departement = "2A";
            office.region = "94";
            office.epci = "200046977";
            office.employmentZone = "1101";
            office.postalCode = "20000";
            office.siren = "732829320";
            office.siret = "35600000000048";
            office.rome = "M1805";
            office.formacode = "21059";
            office.certification = "RS5432";
            office.id = "office-1";
            office.servedCommunes.add("2B033");
            office.headOffice = "97411";
            return office;
        }
    }

    @Test
    void nullIsAcceptedByEveryAnnotation() {
        Office office = new Office();
        office.servedCommunes.add(null);

        assertThat(violations(office)).isEmpty();
    }

    @Test
    void validCodesPassEveryAnnotation() {
        assertThat(violations(Office.valid())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "commune, 20004, {org.cepkit.format.commune}",
            "departement, 20, {org.cepkit.format.departement}",
            "region, 05, {org.cepkit.format.region}",
            "epci, 200046978, {org.cepkit.format.epci}",
            "employmentZone, 110, {org.cepkit.format.employment-zone}",
            "postalCode, 2A004, {org.cepkit.format.postal-code}",
            "siren, 732829321, {org.cepkit.format.siret}",
            "siret, 73282932000004, {org.cepkit.format.siret}",
            "rome, O1234, {org.cepkit.format.rome}",
            "formacode, 2105, {org.cepkit.format.formacode}",
            "certification, RNCP1234567, {org.cepkit.format.certification}",
            "id, -office, {org.cepkit.format.identifier}"})
    void aBadFieldIsReportedOnItsPathWithItsFormatRule(String field, String badValue, String template)
            throws ReflectiveOperationException {
        Office office = Office.valid();
        Office.class.getDeclaredField(field).set(office, badValue);

        assertThat(violations(office)).containsExactly(field + " " + template);
    }

    @Test
    void aConstrainedGetterIsReportedOnItsProperty() {
        Office office = Office.valid();
        office.headOffice = "97501";
        assertThat(violations(office)).isEmpty();

        office.headOffice = "97901";
        assertThat(violations(office)).containsExactly("headOffice {org.cepkit.format.commune}");
    }

    @Test
    void aConstrainedListElementIsReportedOnItsIndex() {
        Office office = Office.valid();
        office.servedCommunes.add("20200");

        assertThat(violations(office)).containsExactly("servedCommunes[1].<list element> {org.cepkit.format.commune}");
    }

    @Test
    void aConstrainedParameterIsReportedOnItsName() throws NoSuchMethodException {
        Method register = Office.class.getDeclaredMethod("register", String.class);

        Set<ConstraintViolation<Office>> violations = BeanValidation.validator().forExecutables()
                .validateParameters(Office.valid(), register, new Object[] {"73282932000075"});

        assertThat(violations).extracting(BeanValidation::describe)
                .containsExactly("register.employerSiret {org.cepkit.format.siret}");
    }

    @Test
    void eachAnnotationsDefaultMessageIsItsFormatRuleKey() throws NoSuchMethodException {
        assertThat(defaultMessage(Commune.class)).isEqualTo("{org.cepkit.format.commune}");
        assertThat(defaultMessage(Departement.class)).isEqualTo("{org.cepkit.format.departement}");
        assertThat(defaultMessage(Region.class)).isEqualTo("{org.cepkit.format.region}");
        assertThat(defaultMessage(Epci.class)).isEqualTo("{org.cepkit.format.epci}");
        assertThat(defaultMessage(EmploymentZone.class)).isEqualTo("{org.cepkit.format.employment-zone}");
        assertThat(defaultMessage(PostalCode.class)).isEqualTo("{org.cepkit.format.postal-code}");
        assertThat(defaultMessage(Siren.class)).isEqualTo("{org.cepkit.format.siret}");
        assertThat(defaultMessage(Siret.class)).isEqualTo("{org.cepkit.format.siret}");
        assertThat(defaultMessage(Rome.class)).isEqualTo("{org.cepkit.format.rome}");
        assertThat(defaultMessage(Formacode.class)).isEqualTo("{org.cepkit.format.formacode}");
        assertThat(defaultMessage(Certification.class)).isEqualTo("{org.cepkit.format.certification}");
        assertThat(defaultMessage(RecordIdentifier.class)).isEqualTo("{org.cepkit.format.identifier}");
    }

    private static String defaultMessage(Class<? extends Annotation> annotation) throws NoSuchMethodException {
        return (String) annotation.getMethod("message").getDefaultValue();
    }
}
