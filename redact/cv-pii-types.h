/* cv-pii-types.h — the one description of each identifier type (included
 * by cv-redact.h; not for direct use).  Adding a type is one line here:
 *
 *   CV_PII_TYPE(ID, "NAME", "LABEL", 'k', CTX, DIGITS)
 *
 * ID      the enum constant CV_PII_<ID>;
 * NAME    its name in labels.jsonl and reports (cv_redact_type_name());
 * LABEL   the replacement token "[LABEL]" / "[LABEL-7F3A2B]" (UTF-8,
 *         upper case; the token grammar of cv_redact_token_span());
 * 'k'     the byte that prefixes the value hashed into a pseudonym: never
 *         change it for an existing type (pseudonyms already stored would
 *         change); each type has its own (checked by the tests);
 * CTX     the context-word category of its labels (redact-private.h
 *         CV_CTX_*, 0 if none): its fields fail closed (scan-fields.c);
 * DIGITS  the fewest digits a value after such a label must hold to be
 *         redacted as this type whatever its shape (0: no such rule).
 *
 * The order is the enum's; append new types at the end. */
CV_PII_TYPE(PERSON, "PERSON", "PERSONNE", 'a', 0, 0)
CV_PII_TYPE(SIN, "SIN", "NAS", 'b', CV_CTX_SIN, 6)
CV_PII_TYPE(RAMQ, "RAMQ", "RAMQ", 'c', CV_CTX_RAMQ, 4)
CV_PII_TYPE(DRIVER_LICENSE, "DRIVER_LICENSE", "PERMIS", 'd', CV_CTX_LICENCE, 4)
CV_PII_TYPE(PASSPORT, "PASSPORT", "PASSEPORT", 'e', CV_CTX_PASSPORT, 4)
CV_PII_TYPE(PHONE, "PHONE", "TÉLÉPHONE", 'f', CV_CTX_PHONE, 0)
CV_PII_TYPE(EMAIL, "EMAIL", "COURRIEL", 'g', CV_CTX_EMAILCTX, 0)
CV_PII_TYPE(POSTAL_CODE, "POSTAL_CODE", "CODE-POSTAL", 'h', CV_CTX_POSTAL, 2)
CV_PII_TYPE(ADDRESS, "ADDRESS", "ADRESSE", 'i', CV_CTX_ADDRLABEL, 0)
CV_PII_TYPE(DOB, "DOB", "DATE-NAISSANCE", 'j', CV_CTX_DOB, 0)
CV_PII_TYPE(CREDIT_CARD, "CREDIT_CARD", "CARTE", 'k', CV_CTX_CARD, 8)
CV_PII_TYPE(BANK_ACCOUNT, "BANK_ACCOUNT", "COMPTE", 'l', CV_CTX_BANK, 5)
CV_PII_TYPE(IBAN, "IBAN", "IBAN", 'm', CV_CTX_IBAN, 6)
CV_PII_TYPE(IP_ADDRESS, "IP_ADDRESS", "IP", 'n', CV_CTX_IP, 0)
CV_PII_TYPE(PLATE, "PLATE", "PLAQUE", 'o', 0, 0)
