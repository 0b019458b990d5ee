package org.cepkit.model.pathway;

import java.util.Optional;
import org.cepkit.model.CodeList;

/**
 * The beneficiary's situation at entry. The CEP is open to every <i>actif</i>; students and retirees only
 * while they hold or seek a job; inactive people are not eligible (cahiers des charges 2014 and 2019).
 */
public enum BeneficiaryStatus implements CodeList {
    JOBSEEKER("Demandeur d'emploi", "Job seeker"),
    PRIVATE_EMPLOYEE("Salarié du secteur privé", "Private-sector employee"),
    PUBLIC_AGENT("Agent public (titulaire, contractuel, vacataire)", "Public-sector agent"),
    SELF_EMPLOYED("Travailleur indépendant (artisan, profession libérale, micro-entrepreneur)", "Self-employed"),
    APPRENTICE_OR_PAID_TRAINEE("Apprenti ou stagiaire rémunéré", "Apprentice or paid trainee"),
    STUDENT("Étudiant occupant ou recherchant un emploi", "Student in or seeking work"),
    RETIREE("Retraité occupant ou recherchant un emploi", "Retiree in or seeking work"),
    INACTIVE("Inactif", "Inactive (not eligible)");

    private static final String SOURCE = "Code du travail, art. L6111-6; arrêtés du 16 juillet 2014 et du 29 mars 2019";

    private final String labelFr;
    private final String labelEn;

    BeneficiaryStatus(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String labelFr() {
        return labelFr;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    @Override
    public Optional<String> source() {
        return Optional.of(SOURCE);
    }
}
