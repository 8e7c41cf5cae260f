# Batch 09
MESSAGES = [
dict(slug="alternant-meef-inscrit-compte-academique", name="Baptiste Rivière", addr="baptiste.riviere@etu.univ-grenoble-alpes.fr", client="thunderbird", c=7,
     body="""Bonjour,

Alternant en M2 MEEF, j'ai à la fois un compte UGA et un compte académique. Mon tuteur m'a dit que j'étais inscrit avec le compte académique, et c'est avec lui que je me connecte. J'ai oublié son mot de passe : comment le réinitialiser ?

Merci,
Baptiste""",
     p="a", a="r", why="student domain but he says he uses his academic account -> academic; forgotten password: section B",
     cl=[("g", "Bonjour,"), ("c", "Alternant en M2 MEEF, j'ai à la fois un compte UGA et un compte académique."),
         ("c", "Mon tuteur m'a dit que j'étais inscrit avec le compte académique, et c'est avec lui que je me connecte."),
         ("fp", "J'ai oublié son mot de passe : comment le réinitialiser ?"), ("t", "Merci,")]),

dict(slug="vacataire-usmb-compte-invite-mdp", name="Lorène Gautier", addr="lorene.gautier@univ-smb.fr", client="zimbra", c=11,
     body="""Bonjour,

Je suis vacataire à l'USMB mais je n'ai pas de compte informatique de l'université : on m'a donc créé un compte invité sur M@gistère, avec un nom d'utilisateur reçu par mail. J'ai oublié le mot de passe de ce compte invité. Comment en obtenir un nouveau ?

Cordialement,
Lorène Gautier""",
     p="o", a="r", why="USMB address but she uses a manual guest account -> other; forgotten password: recovery page",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis vacataire à l'USMB mais je n'ai pas de compte informatique de l'université : on m'a donc créé un compte invité sur M@gistère, avec un nom d'utilisateur reçu par mail."),
         ("fp", "J'ai oublié le mot de passe de ce compte invité."), ("fp", "Comment en obtenir un nouveau ?"), ("g", "Cordialement,")]),

dict(slug="phelma-etudiant-inp-org-connexion", name="Adrien Poulain", addr="adrien.poulain@grenoble-inp.org", client="gmail", c=7, fmt="alt",
     body="""Bonjour,

Étudiant à Phelma, je fais du tutorat et je dois suivre la formation. Comment est-ce que je me connecte à M@gistère avec mon compte Grenoble INP ?

Merci""",
     a="r", why="Grenoble INP student: university login section",
     cl=[("g", "Bonjour,"), ("c", "Étudiant à Phelma, je fais du tutorat et je dois suivre la formation."),
         ("l", "Comment est-ce que je me connecte à M@gistère avec mon compte Grenoble INP ?"), ("t", "Merci")]),

dict(slug="uga-anglais-connecte-cours-introuvable", name="Daniel Kowalski", addr="daniel.kowalski@univ-grenoble-alpes.fr", client="outlook_mac", c=11,
     body="""Dear EAFC team,

I managed to log in through the UGA portal, but the hybrid teaching course is not in my list of courses. Could you tell me how to find it?

Best regards,
Daniel Kowalski
Associate professor, LIG - Université Grenoble Alpes""",
     a="r", why="UGA staff writing in English: logged in, course not listed: step 3",
     cl=[("g", "Dear EAFC team,"), ("c", "I managed to log in through the UGA portal,"), ("fc", "but the hybrid teaching course is not in my list of courses."),
         ("fc", "Could you tell me how to find it?"), ("g", "Best regards,")]),

dict(slug="iut-latin1-identifiant-oublie", name="Roland Meunier", addr="roland.meunier@univ-grenoble-alpes.fr", client="outlook_old", c=11, cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Enseignant à l'IUT de Valence, j'ai oublié mon identifiant UGA (je ne m'en sers que pour l'ENT de l'université, enregistré dans le navigateur du bureau).

Merci de votre aide,
R. Meunier""",
     a="r", why="UGA teacher, forgotten institution username: ask the institution",
     cl=[("g", "Bonjour,"), ("c", "Enseignant à l'IUT de Valence,"), ("fu", "j'ai oublié mon identifiant UGA"),
         ("c", "(je ne m'en sers que pour l'ENT de l'université, enregistré dans le navigateur du bureau)."), ("t", "Merci de votre aide,")]),

dict(slug="doctorant-gmail-identifiants-uga-refuses", name="Omar Sy-Laurent", addr="omar.sylaurent@gmail.com", client="gmail", c=11, fmt="alt",
     body="""Bonjour,

Je suis doctorant à l'UGA et inscrit avec mon compte UGA. Sur la page d'authentification de l'université, j'ai « Identifiant ou mot de passe incorrect » alors que je pense taper les bons. Que dois-je faire ?

Omar""",
     p="u", a="r", why="gmail sender using his UGA account -> university; credentials rejected at the institution portal: contact the institution",
     cl=[("g", "Bonjour,"), ("c", "Je suis doctorant à l'UGA et inscrit avec mon compte UGA."),
         ("l", "Sur la page d'authentification de l'université, j'ai « Identifiant ou mot de passe incorrect » alors que je pense taper les bons."),
         ("l", "Que dois-je faire ?")]),

dict(slug="italienne-partenaire-mdp", name="Giovanna Bruni", addr="giovanna.bruni@istruzione.it", client="gmail", c=13,
     body="""Buongiorno,

Sono insegnante a Torino, partner del progetto. Scusate il mio francese: j'ai perdu le mot de passe de mon compte M@gistère que vous m'avez envoyé. Comment je peux avoir un nouveau ?

Grazie mille,
Giovanna""",
     a="r", why="Italian partner teacher with a manual account, lost password: recovery page",
     cl=[("g", "Buongiorno,"), ("c", "Sono insegnante a Torino, partner del progetto."), ("s", "Scusate il mio francese:"),
         ("fp", "j'ai perdu le mot de passe de mon compte M@gistère que vous m'avez envoyé."), ("fp", "Comment je peux avoir un nouveau ?"),
         ("t", "Grazie mille,")]),

dict(slug="gem-etudiante-compte-ecole-identifiant", name="Léonie Martel", addr="leonie.martel@grenoble-em.com", client="outlook", c=7, fmt="alt",
     body="""Bonjour,

Étudiante à Grenoble École de Management, je suis tutrice dans le cadre d'un partenariat. On m'a dit de me connecter avec mon compte de l'école, mais je ne sais pas quel est mon identifiant pour ce guichet. Pouvez-vous m'aider ?

Léonie Martel""",
     p="u", a="r", why="higher-education student logging in with her institution's account -> university; unknown username: ask the institution",
     cl=[("g", "Bonjour,"), ("c", "Étudiante à Grenoble École de Management, je suis tutrice dans le cadre d'un partenariat."),
         ("c", "On m'a dit de me connecter avec mon compte de l'école,"), ("fu", "mais je ne sais pas quel est mon identifiant pour ce guichet."),
         ("s", "Pouvez-vous m'aider ?")]),

dict(slug="centre-social-animateur-parcours", name="Mickaël Durand", addr="mickael.durand@centresocial-villeneuve.org", client="thunderbird", c=3,
     body="""Bonjour,

Animateur au centre social de la Villeneuve, je participe à la formation pHARe. Je suis connecté avec le compte invité, mais je ne vois pas la formation sur la page d'accueil. Où est-elle ?

Merci,
Mickaël""",
     a="r", why="social-centre partner with a guest account, logged in, cannot find the course: step 3",
     cl=[("g", "Bonjour,"), ("c", "Animateur au centre social de la Villeneuve, je participe à la formation pHARe."),
         ("c", "Je suis connecté avec le compte invité,"), ("fc", "mais je ne vois pas la formation sur la page d'accueil."), ("fc", "Où est-elle ?"),
         ("t", "Merci,")]),

dict(slug="lycee-agricole-aucun-identifiant-en", name="Pascal Vigne", addr="pascal.vigne@educagri.fr", client="outlook", c=8, fmt="alt",
     body="""Bonjour,

Enseignant au lycée agricole de La Côte-Saint-André (ministère de l'Agriculture), je suis invité à la formation sur le développement durable. Je n'ai aucun identifiant de l'Éducation nationale : avec quel identifiant et par quel bouton dois-je me connecter ?

Cordialement,""",
     sig="Pascal Vigne\nEPLEFPA La Côte-Saint-André",
     a="r", why="agricultural-education teacher, not académie staff -> other (manual account): username notified by mail, 'Connexion directe'",
     cl=[("g", "Bonjour,"), ("c", "Enseignant au lycée agricole de La Côte-Saint-André (ministère de l'Agriculture), je suis invité à la formation sur le développement durable."),
         ("c", "Je n'ai aucun identifiant de l'Éducation nationale :"), ("fu", "avec quel identifiant"), ("l", "et par quel bouton dois-je me connecter ?"),
         ("g", "Cordialement,")]),

dict(slug="gendarme-mdp-et-parcours", name="Adjudant Loïc Perrin", addr="loic.perrin@gendarmerie.interieur.gouv.fr", client="outlook", c=3, fmt="alt",
     body="""Bonjour,

Référent de la Maison de protection des familles, j'interviens sur le programme pHARe. J'ai perdu le mot de passe de mon compte M@gistère et je ne sais pas non plus où se trouve le parcours une fois connecté.

Respectueusement,""",
     sig="Adjudant Loïc Perrin\nMPF de l'Isère",
     a="r", why="gendarmerie partner with a manual account: forgotten password and find course",
     cl=[("g", "Bonjour,"), ("c", "Référent de la Maison de protection des familles, j'interviens sur le programme pHARe."),
         ("fp", "J'ai perdu le mot de passe de mon compte M@gistère"), ("fc", "et je ne sais pas non plus où se trouve le parcours une fois connecté."),
         ("g", "Respectueusement,")]),

dict(slug="uga-zimbra-vacation", name="Sandrine Cholat", addr="sandrine.cholat@univ-grenoble-alpes.fr", client="server", c=11, quote="none", irt=True,
     subject="Absence : Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     body="""Bonjour,
Je suis absente du 23 novembre au 4 décembre. Pour toute question relative à la scolarité, merci d'écrire à scolarite-llasic@univ-grenoble-alpes.fr.
S. Cholat""",
     a="i", why="university Zimbra vacation reply",
     cl=[("r", "Je suis absente du 23 novembre au 4 décembre."),
         ("r", "Pour toute question relative à la scolarité, merci d'écrire à scolarite-llasic@univ-grenoble-alpes.fr.")]),

dict(slug="usmb-secretariat-recu-sans-entete", name="Secrétariat pédagogique INSPE Chambéry", addr="secretariat.inspe@univ-smb.fr", client="outlook", c=11, quote="none", irt=True,
     subject="RE: Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     body="""Votre message a bien été reçu par le secrétariat pédagogique. Il sera traité dans un délai de 5 jours ouvrés. Merci de ne pas renouveler votre envoi.""",
     a="i", why="automatic acknowledgement without auto headers and with a 'RE:' subject",
     cl=[("r", "Votre message a bien été reçu par le secrétariat pédagogique."), ("r", "Il sera traité dans un délai de 5 jours ouvrés."),
         ("r", "Merci de ne pas renouveler votre envoi.")]),

dict(slug="dsn-usmb-relais", name="Mail Delivery System", addr="MAILER-DAEMON@smtps.univ-smb.fr", raw="dsn", c=11, return_path="", d="2026-11-18 09:12",
     rcpt="c.bourgeois@univ-smb.fr", subject="Undelivered Mail Returned to Sender",
     body="""This is the mail system at host smtps.univ-smb.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<c.bourgeois@univ-smb.fr>: user unknown""",
     p="u", topics=[], a="i", why="university relay bounce",
     cl=[("r", "I'm sorry to have to inform you that your message could not"), ("r", "<c.bourgeois@univ-smb.fr>: user unknown")]),

dict(slug="etu-compte-pas-cree-demande-invite", name="Elsa Moreau", addr="elsa.moreau.95@gmail.com", client="gmail_mobile", c=7,
     body="""Bonjour,
Je viens de m'inscrire en master à l'UGA et la scolarité n'a pas encore créé mon compte étudiant. Pouvez-vous me créer un compte invité en attendant pour que je commence la formation tuteur ?
Merci
Elsa""",
     p="u", a="e", why="UGA student without an account yet asks for a temporary guest account: human decision",
     cl=[("g", "Bonjour,"), ("c", "Je viens de m'inscrire en master à l'UGA"), ("fu", "et la scolarité n'a pas encore créé mon compte étudiant."),
         ("o", "Pouvez-vous me créer un compte invité en attendant pour que je commence la formation tuteur ?"), ("t", "Merci")]),

dict(slug="usmb-beaucoup-de-parcours-recherche", name="Agnès Morin", addr="agnes.morin@univ-smb.fr", client="owa", c=11, fmt="alt",
     body="""Bonjour,

Je suis connectée via le guichet de l'USMB mais j'ai une quarantaine de parcours sur ma page (je suis conceptrice sur beaucoup d'entre eux). Comment retrouver rapidement la formation sur l'hybridation ?

Merci""",
     sig="Agnès Morin\nCellule d'appui pédagogique - USMB",
     a="r", why="USMB staff with many courses: search tool and 'Tous mes parcours' of step 3",
     cl=[("g", "Bonjour,"), ("c", "Je suis connectée via le guichet de l'USMB"),
         ("fc", "mais j'ai une quarantaine de parcours sur ma page (je suis conceptrice sur beaucoup d'entre eux)."),
         ("fc", "Comment retrouver rapidement la formation sur l'hybridation ?"), ("t", "Merci")]),

dict(slug="uga-formatrice-et-stagiaire-se-former", name="Hélène Castel", addr="helene.castel@univ-grenoble-alpes.fr", client="applemail", c=11,
     body="""Bonjour,

Je suis à la fois formatrice sur un parcours et stagiaire sur celui de l'hybridation. Sur ma page d'accueil je ne vois que les parcours où je suis formatrice. Comment afficher ceux où je suis simple participante ?

Bien à vous,
Hélène""",
     a="r", why="UGA staff, wants only the courses where she is a participant: step 3 remark 2 ('Tous mes parcours' > 'Se former')",
     cl=[("g", "Bonjour,"), ("c", "Je suis à la fois formatrice sur un parcours et stagiaire sur celui de l'hybridation."),
         ("fc", "Sur ma page d'accueil je ne vois que les parcours où je suis formatrice."),
         ("fc", "Comment afficher ceux où je suis simple participante ?"), ("g", "Bien à vous,")]),

dict(slug="intervenant-liste-participants", name="Farid Mansouri", addr="farid.mansouri@gmail.com", client="gmail", c=14,
     body="""Bonjour,

En tant qu'intervenant du 14 décembre, pourriez-vous me communiquer la liste des participants et leurs établissements, afin que j'adapte mon intervention ?

Merci,
Farid Mansouri""",
     topics=[], a="e", why="speaker asks for the participant list: human",
     cl=[("g", "Bonjour,"), ("o", "En tant qu'intervenant du 14 décembre, pourriez-vous me communiquer la liste des participants et leurs établissements, afin que j'adapte mon intervention ?"),
         ("t", "Merci,")]),

dict(slug="invite-nouveau-mdp-recu-tout-marche", name="Noémie Castel", addr="noemie.castel@orange.fr", client="orange", c=21,
     body="""Bonjour, j'ai reçu le nouveau mot de passe, tout fonctionne. Merci !""",
     topics=[], a="i", why="closes the matter",
     cl=[("g", "Bonjour,"), ("c", "j'ai reçu le nouveau mot de passe, tout fonctionne."), ("t", "Merci !")]),

dict(slug="sms-aesh-gmail-identifiant-academik", name="Laetitia", addr="laeti.aesh26@gmail.com", client="gmail_mobile", c=5,
     body="""chui aesh au college de crest jai pa mon identifiant academik pour me connecter, je fai comment ? merci""",
     p="a", a="r", why="AESH of the académie (gmail) -> academic; unknown identifier: section A",
     cl=[("c", "chui aesh au college de crest"), ("fu", "jai pa mon identifiant academik pour me connecter, je fai comment ?"), ("t", "merci")]),

dict(slug="libere-de-cours-mercredi", name="Thibault Garnier", addr="thibault.garnier@ac-grenoble.fr", client="zimbra", c=18,
     body="""Bonjour,

La journée en présentiel tombe un mercredi matin où j'ai cours. Suis-je libéré de mes cours, et est-ce à moi de prévenir mon proviseur ?

Merci,
T. Garnier""",
     topics=[], a="e", why="questions about release from teaching: human",
     cl=[("g", "Bonjour,"), ("c", "La journée en présentiel tombe un mercredi matin où j'ai cours."),
         ("o", "Suis-je libéré de mes cours, et est-ce à moi de prévenir mon proviseur ?"), ("t", "Merci,")]),

dict(slug="outlook-html-trois-sujets-mdp-login-parcours", name="Isabelle Brunet", addr="isabelle.brunet@ac-grenoble.fr", client="outlook", c=15, fmt="html", cte="qp",
     body="""Bonjour,

J'ai oublié mon mot de passe académique, je ne sais pas quel bouton prendre pour me connecter, et je ne sais pas où sera la formation PSC1 ensuite. Merci de tout m'expliquer !

Isabelle Brunet
Infirmière scolaire - Collège Jules Vallès, Fontaine""",
     a="r", why="academic school nurse: forgotten password, login button and find course",
     cl=[("g", "Bonjour,"), ("fp", "J'ai oublié mon mot de passe académique,"), ("l", "je ne sais pas quel bouton prendre pour me connecter,"),
         ("fc", "et je ne sais pas où sera la formation PSC1 ensuite."), ("s", "Merci de tout m'expliquer !")]),

dict(slug="rectorat-oof-bilingue-auto-submitted", name="Michèle Arnaud", addr="michele.arnaud@ac-grenoble.fr", client="outlook", c=12, quote="none", irt=True,
     subject="Réponse automatique : Invitation : Conduire un entretien professionnel (personnels administratifs)",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Je suis absente jusqu'au 30 novembre. / I am out of the office until November 30th.
En cas d'urgence : dpae-secretariat@ac-grenoble.fr""",
     a="i", why="bilingual Exchange out-of-office with auto headers",
     cl=[("r", "Je suis absente jusqu'au 30 novembre."), ("r", "/ I am out of the office until November 30th."),
         ("r", "En cas d'urgence : dpae-secretariat@ac-grenoble.fr")]),

dict(slug="je-confirme-ma-presence", name="Ahmed Zeroual", addr="ahmed.zeroual@ac-grenoble.fr", client="owa", c=4,
     body="""Bonjour,
Je confirme ma présence.
Cordialement,
A. Zeroual""",
     topics=[], a="i", why="confirmation, nothing to answer",
     cl=[("g", "Bonjour,"), ("c", "Je confirme ma présence."), ("g", "Cordialement,")]),
]
