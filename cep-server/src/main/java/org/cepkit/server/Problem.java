package org.cepkit.server;

/**
 * What can go wrong with a request, each with its HTTP status, the id its error report carries and a message in
 * French and English. A message names the problem and never quotes the request: what a client sends may be
 * personal data.
 */
enum Problem {
    UNAUTHORIZED(401, "request.unauthorized",
            "Un jeton d'accès est requis : en-tête Authorization: Bearer suivi du jeton.",
            "An access token is required: an Authorization: Bearer header with the token."),
    NOT_FOUND(404, "request.not-found",
            "Aucune ressource à cette adresse.",
            "No resource at this address."),
    UNKNOWN_TYPE(404, "request.not-found",
            "Type d'enregistrement inconnu : les types sont operator, pathway et cooperation.",
            "Unknown record type: the types are operator, pathway and cooperation."),
    METHOD_NOT_ALLOWED(405, "request.method",
            "Méthode non permise à cette adresse.",
            "Method not allowed at this address."),
    BAD_MODE(400, "request.parameter",
            "Le paramètre mode vaut strict ou lenient.",
            "The mode parameter is strict or lenient."),
    BAD_LANG(400, "request.parameter",
            "Le paramètre lang vaut fr ou en.",
            "The lang parameter is fr or en."),
    BAD_TODAY(400, "request.parameter",
            "Le paramètre today est une date AAAA-MM-JJ.",
            "The today parameter is a date YYYY-MM-DD."),
    MEDIA_TYPE(415, "request.media-type",
            "Corps attendu en application/json, application/x-ndjson ou multipart/form-data (champ file), en UTF-8.",
            "Expected a body of application/json, application/x-ndjson or multipart/form-data (field file), in UTF-8."),
    ENCODING(415, "request.media-type",
            "Seul le codage gzip est accepté (Content-Encoding).",
            "Only the gzip coding is accepted (Content-Encoding)."),
    FILE_FORMAT(415, "request.media-type",
            "Le fichier doit être un .json, .ndjson ou .jsonl.",
            "The file must be a .json, .ndjson or .jsonl file."),
    NO_FILE(400, "request.unreadable",
            "Le formulaire multipart/form-data n'a pas de champ file lisible.",
            "The multipart/form-data form has no readable field named file."),
    UNREADABLE(400, "request.unreadable",
            "Le corps de la requête n'a pas pu être lu jusqu'au bout.",
            "The request body could not be read to its end."),
    TOO_LARGE(413, "request.too-large",
            "Le corps de la requête dépasse la taille maximale du service (--max-body).",
            "The request body is over the service's maximum size (--max-body)."),
    TIMEOUT(408, "request.timeout",
            "La requête a dépassé la durée maximale du service (--max-time).",
            "The request took longer than the service's maximum time (--max-time)."),
    HEADERS_TOO_LARGE(431, "request.headers-too-large",
            "La ligne de requête et les en-têtes dépassent la taille maximale du service (--max-header).",
            "The request line and headers are over the service's maximum size (--max-header)."),
    MALFORMED(400, "request.malformed",
            "La requête HTTP est mal formée.",
            "The HTTP request is malformed."),
    BUSY(503, "request.busy",
            "Le service valide déjà le nombre maximal de requêtes (--max-concurrent) : réessayez dans un instant.",
            "The service is already validating its maximum number of requests (--max-concurrent): try again shortly."),
    INTERNAL(500, "request.internal",
            "Erreur interne du service ; la requête n'a pas été validée.",
            "Internal error of the service; the request was not validated.");

    /** The problem Jetty or Javalin found before the service saw the request, by its status. */
    static Problem ofStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> TIMEOUT;
            case 413 -> TOO_LARGE;
            case 415 -> MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> BUSY;
            default -> status >= 400 && status < 500 ? MALFORMED : INTERNAL;
        };
    }

    private final int status;
    private final String id;
    private final String french;
    private final String english;

    Problem(int status, String id, String french, String english) {
        this.status = status;
        this.id = id;
        this.french = french;
        this.english = english;
    }

    int status() {
        return status;
    }

    /** The id the error report gives as its issue's {@code rule}. */
    String id() {
        return id;
    }

    String message(boolean english) {
        return english ? this.english : french;
    }
}
