#!/usr/bin/env python3
"""freetext-probe.py — a probe of one-word names mid-sentence: 40 case-note,
e-mail and minutes phrasings (French and English) x 10 given names that are in
no list of the project (Innu, Cree, Yoruba, Haitian, Akan, Hindi, Mohawk
names), each sentence redacted alone.  Prints, per phrasing, how many of the
10 names came through (0 is best) and the total.  Written by the lead in round
13 to find the phrasings the rules miss (it found the accented-verb bug);
not a score of the engine.

Usage: freetext-probe.py TOOL   (e.g. build/redact/cv-redact-tool)"""
import subprocess, sys

NAMES = ["Tshiuetin", "Nipishish", "Oluwaseun", "Wapachee", "Akosua",
         "Uapukun", "Kanenhariyo", "Adwitiya", "Roodly", "Mirlande"]
PHRASINGS = [
    "{} a confirmé le rendez-vous de lundi.", "On a discuté avec {} de la situation.",
    "Le loyer de {} est en retard.", "J'ai laissé un message à {} hier.",
    "Il faut rappeler {} demain matin.", "Nous avons rencontré {} au bureau.",
    "Selon {}, le voisin crie souvent.", "La mère a dit que {} dort mal.",
    "Le rapport sur {} est complet.", "On attend la réponse de {} avant vendredi.",
    "Suivi téléphonique : {} va mieux.", "Après la rencontre, {} est reparti seul.",
    "Les notes concernant {} sont au dossier.", "Je vais envoyer le formulaire à {} cette semaine.",
    "Demander à {} de signer le consentement.", "Please ask {} to sign the form.",
    "I left a voicemail for {} yesterday.", "We discussed the lease with {} on Monday.",
    "According to {}, the heating is broken.", "The worker met {} at home.",
    "Follow up with {} next week.", "{} will bring the documents tomorrow.",
    "The rent for {} is late again.", "Résumé : {} refuse l'aide offerte.",
    "Appeler {} au sujet du loyer.", "Mme Roy accompagne {} à l'audience.",
    "Présence de {} à la réunion du comité.", "Motion presented by {} and adopted.",
    "L'intervenante a revu {} mardi.", "On a donné les clés à {} ce matin.",
    "Le chèque de {} est arrivé.", "La demande de {} sera étudiée.",
    "{} habite seul depuis mars.", "Nous avons informé {} de la décision.",
    "J'ai croisé {} au dépanneur.", "Vu {} ce matin, il allait bien.",
    "Le médecin de {} a appelé.", "Transport de {} vers l'hôpital.",
    "Contact with {} was made by phone.", "Email sent to {} on March 3.",
]


def main():
    tool = sys.argv[1]
    total = 0
    rows = []
    for t in PHRASINGS:
        kept = 0
        for n in NAMES:
            out = subprocess.run([tool], input=t.format(n).encode(), capture_output=True,
                                 check=True).stdout.decode()
            kept += n in out
        total += kept
        rows.append((kept, t))
    for kept, t in sorted(rows, key=lambda r: -r[0]):
        if kept:
            print(f"{kept:2d}/{len(NAMES)} {t}")
    print(f"names kept in clear: {total}/{len(NAMES) * len(PHRASINGS)}")


if __name__ == "__main__":
    main()
