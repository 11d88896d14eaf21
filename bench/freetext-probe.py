#!/usr/bin/env python3
"""freetext-probe.py — a probe of one-word names mid-sentence: 40 case-note,
e-mail and minutes phrasings (French and English) x 10 given names that are in
no list of the project (Innu, Cree, Yoruba, Haitian, Akan, Hindi, Mohawk
names), each sentence redacted alone.  Prints, per phrasing, how many of the
10 names came through (0 is best) and the total.  Written by the lead in round
13 to find the phrasings the rules miss (it found the accented-verb bug);
not a score of the engine.

Usage: freetext-probe.py TOOL [1|2|3|4]   (e.g. build/redact/cv-redact-tool;
the probe set, 1 by default)"""
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

# Probes 2 and 3 (round 14): other phrasings (a sentence's subject before a
# deed, "de"/"of"/"on"/"from"/"chez" after a file's or a relative's word)
# and other names in no list.
SETS = {
    "1": (NAMES, PHRASINGS),
    "2": (["Ayodele", "Shkuan", "Obiageli", "Kwabena", "Manideep", "Ishkode", "Tenzing", "Zoraida", "Ilunga", "Yaotl"],
          [
 "{} a appelé ce matin pour le loyer.", "{} est venue au bureau vers 10 h.", "{} s'est présenté sans rendez-vous.",
 "{} mentionne que le chauffage ne fonctionne pas.", "La rencontre avec {} a duré une heure.", "Je suis passée chez {} vers midi.",
 "Selon {}, la situation s'améliore.", "Entre {} et sa sœur, le conflit persiste.", "Son fils {} fréquente l'école du quartier.",
 "Sa fille {} a 14 ans.", "{} et moi avons revu le plan.", "Retour d'appel de {} : rien de nouveau.",
 "Discussion avec {} concernant le budget familial.", "{} refuse de signer.", "Le père de {} est absent.",
 "Hi {}, thanks for your patience.", "Thanks {}, I will look into it.", "{} called back at 3 pm.",
 "{} came to the office without an appointment.", "I spoke with {} about the lease.", "{} and I reviewed the plan.",
 "Per {}, the landlord is aware.", "Meeting with {} went well.", "{}'s mother was present.",
 "cc: {}", "{} mentioned that the heating is broken.", "We are still waiting on {} for the forms.",
 "Note: {} did not show up.", "The client, {}, is 42.", "Visit to {} postponed.",
 "Rappel : voir {} jeudi.", "{} demande un délai supplémentaire.", "Appel reçu de {} à 14 h.",
 "Plainte déposée par {} le 3 mai.", "Rencontre prévue avec {} et son avocat.", "{} n'a pas retourné l'appel.",
 "Bonjour {},", "Merci {} pour les documents.", "Spoke to {} today.", "Left message with {}.",
]),
    "3": (["Chidiebere", "Natanielle", "Piyush", "Sakinah", "Matshidiso", "Kaniehtiio", "Thandeka", "Oyelaran", "Wahiba", "Nhung"],
          [
 "Le dossier de {} a été transféré.", "La chambre de {} est propre.", "L'état de {} s'est amélioré.", "La demande de {} est incomplète.",
 "On s'inquiète pour {} depuis mardi.", "Des nouvelles de {} ?", "Les parents de {} sont séparés.", "La situation de {} reste fragile.",
 "Le médecin de {} a rappelé.", "Les besoins de {} ont changé.", "Inquiétudes au sujet de {}.", "Visite à domicile chez {} lundi.",
 "Elle habite avec {} depuis 2020.", "Il vit avec sa conjointe {} à Laval.", "Rencontre entre l'intervenante et {}.", "Le cas de {} est complexe.",
 "Suivi auprès de {} la semaine prochaine.", "Un signalement concernant {} a été reçu.", "Le comportement de {} inquiète l'école.", "Évaluation de {} prévue en juin.",
 "The file of {} was closed.", "Concerns about {} were raised.", "The mother of {} called.", "I am worried about {}.",
 "Home visit with {} on Tuesday.", "The school reported {} absent.", "A complaint by {} was received.", "The needs of {} have changed.",
 "She lives with {} and two kids.", "Update on {}: stable.", "Call from {} this morning.", "Letter from {} attached.",
 "Case of {} reviewed by the team.", "Referral for {} sent to the CLSC.", "The landlord of {} refuses repairs.", "Notes on {} are in the file.",
 "Reached {} by phone.", "Transport pour {} organisé.", "Confirmé avec {} par téléphone.", "Aucune nouvelle de {} depuis lundi.",
]),
    # Probe 4 (round 15): full names, a surname out of every list (some of
    # them words), in other shapes: introductions, lists, e-mail and
    # transcript lines, appositions, capitals, lower case.
    "4": (["Amaru Quispe", "Nokuthula Dlamini", "Wiremu Tane", "Oyiza Bello", "Tshiuetin Rock",
           "Khadija Ouazzani", "Lautaro Mamani", "Pania Ruatapu", "Chidi Okafor", "Rosanie Flowers"],
          [
 "Présents : {}, Julie Roy et le président.", "Absent : {}.", "Le locataire, {}, conteste la hausse.",
 "{} (locataire) conteste la hausse.", "{}, 43 ans, vit seul.", "Signé : {}",
 "De : {}\nÀ : Service à la clientèle", "From: {}\nTo: Intake", "— {}, préposé aux bénéficiaires",
 "Merci, {}", "Regards,\n{}", "[10:02] AGENT : Votre nom? [10:03] CLIENT : {}",
 "Caller: this is {} calling about my file", "C'est {} à l'appareil.", "My name's {} and I live in Laval.",
 "Je m'appelle {} et j'ai besoin d'aide.", "Rencontre avec {} (mère) et l'enfant.", "Témoin : {}",
 "La plainte de {} vise le propriétaire.", "Les enfants de {} sont chez leur tante.", "Le conjoint de {} est parti.",
 "Interpreter {} was present.", "Mother {} refused the transfer.", "Landlord {} did not answer.",
 "{} ({}) a signé.", "RENCONTRE AVEC {} LE 3 MAI", "Objet : Dossier de {}", "Subject: {} - follow-up",
 "On a parlé à {} et à son frère.", "Voici les coordonnées de {} : voir plus bas.", "cc {}",
 "The tenant ({}) left a note.", "Il a été référé par {} du CLSC.", "Dr {} examined the child.",
 "Me {} représente la locataire.", "Appelé {} : pas de réponse.", "Rappel de {}, deuxième fois cette semaine.",
 "vu {} ce matin au comptoir", "parlé avec {} pis sa mère", "Courriel de {} reçu hier soir.",
]),
}


def main():
    tool = sys.argv[1]
    which = sys.argv[2] if len(sys.argv) > 2 else "1"
    NAMES, PHRASINGS = SETS[which]
    total = 0
    rows = []
    for t in PHRASINGS:
        kept = 0
        for n in NAMES:
            text = t.format(*([n] * t.count("{}")))
            if which == "4" and t.startswith("RENCONTRE"):
                text = text.replace(n, n.upper())
            if which == "4" and t.startswith(("vu ", "parlé ")):
                text = text.replace(n, n.lower())
            out = subprocess.run([tool], input=text.encode(), capture_output=True,
                                 check=True).stdout.decode()
            # (a full name: any of its words left in clear counts)
            kept += any(w in out for w in text.split() if w.strip(",.():") in n.split() + n.upper().split() + n.lower().split())
        total += kept
        rows.append((kept, t))
    for kept, t in sorted(rows, key=lambda r: -r[0]):
        if kept:
            print(f"{kept:2d}/{len(NAMES)} {t}")
    print(f"names kept in clear: {total}/{len(NAMES) * len(PHRASINGS)}")


if __name__ == "__main__":
    main()
