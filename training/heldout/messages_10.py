# Batch 10
MESSAGES = [
dict(slug="inp-mdp-et-attestation-service", name="Sylvain Roux", addr="sylvain.roux@grenoble-inp.fr", client="thunderbird", c=11, fmt="alt",
     body="""Bonjour,

J'ai oublié le mot de passe de mon compte Grenoble INP. Par ailleurs, pour mon service d'enseignement, il me faudra une attestation de suivi de la formation à remettre à mon directeur de département : comment l'obtenir ?

Cordialement,""",
     sig="Sylvain Roux\nMaître de conférences - Grenoble INP - Ensimag",
     a="e", why="forgotten institution password (guide) plus a certificate request (human)",
     cl=[("g", "Bonjour,"), ("fp", "J'ai oublié le mot de passe de mon compte Grenoble INP."),
         ("o", "Par ailleurs, pour mon service d'enseignement, il me faudra une attestation de suivi de la formation à remettre à mon directeur de département : comment l'obtenir ?"),
         ("g", "Cordialement,")]),

dict(slug="uga-compte-non-autorise-service", name="Claire Chauvin", addr="claire.chauvin@univ-grenoble-alpes.fr", client="owa", c=11, fmt="alt",
     body="""Bonjour,

Lorsque je me connecte par le guichet « SUPIDP - Université Grenoble Alpes », je m'authentifie correctement mais j'obtiens ensuite : « Votre compte n'est pas autorisé à accéder à ce service ». Je suis bibliothécaire à l'UGA.

Cordialement,
Claire Chauvin""",
     a="e", why="authorisation error after a correct university login: needs a human, not a guide step",
     cl=[("g", "Bonjour,"),
         ("l", "Lorsque je me connecte par le guichet « SUPIDP - Université Grenoble Alpes », je m'authentifie correctement mais j'obtiens ensuite : « Votre compte n'est pas autorisé à accéder à ce service »."),
         ("c", "Je suis bibliothécaire à l'UGA."), ("g", "Cordialement,")]),

dict(slug="invite-nom-mal-orthographie", name="Anaïs Lefèvre-Dubreuil", addr="anais.lefevre.dubreuil@gmail.com", client="gmail", c=19,
     body="""Bonjour,

Je me connecte sans problème avec mon compte invité, mais mon nom y est écrit « Anais Lefevre » sans le Dubreuil. Pouvez-vous le corriger ? Il apparaîtra sur l'attestation.

Merci,
Anaïs""",
     topics=[], a="e", why="asks to correct her name on the account: human",
     cl=[("g", "Bonjour,"), ("c", "Je me connecte sans problème avec mon compte invité,"),
         ("o", "mais mon nom y est écrit « Anais Lefevre » sans le Dubreuil."), ("o", "Pouvez-vous le corriger ?"),
         ("c", "Il apparaîtra sur l'attestation."), ("t", "Merci,")]),

dict(slug="conge-maternite-dois-je-suivre", name="Pauline Grange", addr="pauline.grange@ac-grenoble.fr", client="iphone", c=1, fmt="alt", cte="qp",
     body="""Bonjour, je suis en congé maternité jusqu'en mars. Dois-je quand même suivre cette formation ? Merci""",
     topics=[], a="e", why="asks whether she must follow the course during leave: human",
     cl=[("g", "Bonjour,"), ("c", "je suis en congé maternité jusqu'en mars."), ("o", "Dois-je quand même suivre cette formation ?"), ("t", "Merci")]),

dict(slug="tr-inscrire-aesh-accompagnante", name="Sonia Ricard", addr="sonia.ricard@ac-grenoble.fr", client="outlook", c=5, quote="fwd", fmt="alt",
     body="""Bonjour,

Je vous transfère l'invitation. L'AESH qui m'accompagne en classe, Mme Ferreira, serait très intéressée par cette formation. Pouvez-vous l'inscrire aussi ? Son adresse académique : lucia.ferreira@ac-grenoble.fr.

Merci beaucoup,
Sonia Ricard
Professeure des écoles, École Jean Racine, Grenoble""",
     topics=[], a="e", why="asks to register a colleague: human",
     cl=[("g", "Bonjour,"), ("c", "Je vous transfère l'invitation."),
         ("c", "L'AESH qui m'accompagne en classe, Mme Ferreira, serait très intéressée par cette formation."),
         ("o", "Pouvez-vous l'inscrire aussi ?"), ("o", "Son adresse académique : lucia.ferreira@ac-grenoble.fr."), ("t", "Merci beaucoup,")]),

dict(slug="est-ce-obligatoire", name="Fabien Morel", addr="fabien.morel@ac-grenoble.fr", client="gmail_mobile", c=14,
     body="""Est-ce que c'est obligatoire ?""",
     topics=[], a="e", why="asks whether the course is compulsory: human",
     cl=[("o", "Est-ce que c'est obligatoire ?")]),

dict(slug="lien-erreur-404", name="Maryse Bouvet", addr="maryse.bouvet@ac-grenoble.fr", client="outlook", c=17, fmt="alt",
     body="""Bonjour,

Quand je clique sur le lien de votre message, j'arrive sur une page « Erreur 404 - Page introuvable ». Comment accéder à la page de connexion de M@gistère ?

Maryse Bouvet""",
     a="r", why="academic, cannot reach the login page through the link: the guide gives the address to type",
     cl=[("g", "Bonjour,"), ("l", "Quand je clique sur le lien de votre message, j'arrive sur une page « Erreur 404 - Page introuvable »."),
         ("l", "Comment accéder à la page de connexion de M@gistère ?")]),

dict(slug="video-module3-ne-se-lance-pas", name="Claude Rostaing", addr="claude.rostaing@ac-grenoble.fr", client="thunderbird", c=20,
     body="""Bonjour,

Dans le parcours climat scolaire, la vidéo du module 3 ne se lance pas (écran noir avec un rond qui tourne). Les autres vidéos fonctionnent.

Cordialement,
C. Rostaing""",
     topics=[], a="e", why="video broken inside the course: human",
     cl=[("g", "Bonjour,"), ("o", "Dans le parcours climat scolaire, la vidéo du module 3 ne se lance pas (écran noir avec un rond qui tourne)."),
         ("c", "Les autres vidéos fonctionnent."), ("g", "Cordialement,")]),

dict(slug="pas-recu-invitation-session-2", name="Émilie Rochas", addr="emilie.rochas@ac-grenoble.fr", client="zimbra", c=0,
     body="""Bonjour,

J'ai reçu cette invitation pour la session 1 mais je suis inscrite à la session 2 (groupe de Valence). Est-ce une erreur, ou l'invitation de la session 2 arrivera-t-elle plus tard ?

Merci""",
     sig="Émilie Rochas",
     topics=[], a="e", why="enrolment/session question: human",
     cl=[("g", "Bonjour,"), ("c", "J'ai reçu cette invitation pour la session 1 mais je suis inscrite à la session 2 (groupe de Valence)."),
         ("o", "Est-ce une erreur, ou l'invitation de la session 2 arrivera-t-elle plus tard ?"), ("t", "Merci")]),

dict(slug="anglais-attestation-employeur-invite", name="Laura Mitchell", addr="laura.mitchell@britishcouncil.org", client="gmail_en", c=13,
     body="""Hello,

I completed the online part last week. Could you please send me a certificate of attendance for my employer (British Council)?

Kind regards,
Laura Mitchell""",
     topics=[], a="e", why="certificate request in English: human",
     cl=[("g", "Hello,"), ("c", "I completed the online part last week."),
         ("o", "Could you please send me a certificate of attendance for my employer (British Council)?"), ("g", "Kind regards,")]),

dict(slug="hors-sujet-temps-partiel", name="Hervé Collet", addr="herve.collet@ac-grenoble.fr", client="owa", c=6,
     body="""Bonjour,

Je profite de ce message pour savoir où en est ma demande de temps partiel pour l'année prochaine, déposée en octobre.

Cordialement,
H. Collet""",
     topics=[], a="e", why="unrelated administrative question sent to this mailbox: a human must redirect it",
     cl=[("g", "Bonjour,"), ("o", "Je profite de ce message pour savoir où en est ma demande de temps partiel pour l'année prochaine, déposée en octobre."),
         ("g", "Cordialement,")]),

dict(slug="colere-qui-ma-inscrit", name="Marc Delorme", addr="marc.delorme@ac-grenoble.fr", client="outlook", c=14, fmt="alt",
     body="""Je n'ai jamais demandé à suivre cette formation. Qui m'a inscrit, et de quel droit ? J'attends une réponse.""",
     sig="M. Delorme, lycée Jean Bart, Grenoble",
     topics=[], a="e", why="complaint about being enrolled, explicitly wants an answer",
     cl=[("o", "Je n'ai jamais demandé à suivre cette formation."), ("o", "Qui m'a inscrit, et de quel droit ?"), ("o", "J'attends une réponse.")]),

dict(slug="deux-sujets-plus-planning-classes-virtuelles", name="Bérénice Aubert", addr="berenice.aubert@ac-grenoble.fr", client="gmail", c=16, fmt="alt",
     body="""Bonjour,

Je ne connais ni mon identifiant ni mon mot de passe académiques. Et où peut-on trouver le planning des classes virtuelles ?

Merci d'avance
Bérénice""",
     a="e", why="forgotten identifier and password (guide) plus the schedule of virtual classes (human)",
     cl=[("g", "Bonjour,"), ("fu", "Je ne connais ni mon identifiant"), ("fp", "ni mon mot de passe académiques."),
         ("o", "Et où peut-on trouver le planning des classes virtuelles ?"), ("t", "Merci d'avance")]),

dict(slug="prof-ac-inscrit-via-uga-doctorat", name="Jérémie Caillet", addr="jeremie.caillet@ac-grenoble.fr", client="zimbra", c=11, fmt="alt",
     body="""Bonjour,

Je suis professeur agrégé dans le secondaire et doctorant à l'UGA. C'est en tant que doctorant que je suis inscrit à cette formation, avec mon compte UGA. J'ai oublié mon identifiant UGA : comment le retrouver ?

Merci,
Jérémie Caillet""",
     p="u", a="r", why="ac-grenoble sender enrolled with his UGA account -> university; forgotten institution username",
     cl=[("g", "Bonjour,"), ("c", "Je suis professeur agrégé dans le secondaire et doctorant à l'UGA."),
         ("c", "C'est en tant que doctorant que je suis inscrit à cette formation, avec mon compte UGA."),
         ("fu", "J'ai oublié mon identifiant UGA : comment le retrouver ?"), ("t", "Merci,")]),

dict(slug="thunderbird-entre-lignes-deux-questions", name="Patricia Simon", addr="patricia.simon@ac-grenoble.fr", client="thunderbird", c=12, quote="inline",
     body="""Le 19/11/2026 à 14:30, EAFC Grenoble a écrit :
> Vous êtes inscrit(e) à la formation « Conduire un entretien professionnel (personnels administratifs) »,
> qui se déroule en partie à distance sur la plateforme M@gistère.

Bonjour, je suis gestionnaire au collège de Moirans.

> Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/

Je ne connais pas mon identifiant académique, je n'ai que mon adresse mail.

> puis cliquez sur le titre de la formation dans la liste de vos parcours.

Et quel est le titre exact à chercher ?

Merci
P. Simon""",
     a="r", why="academic answering between quoted lines: unknown identifier and how to find the course",
     cl=[("g", "Bonjour,"), ("c", "je suis gestionnaire au collège de Moirans."),
         ("fu", "Je ne connais pas mon identifiant académique, je n'ai que mon adresse mail."),
         ("fc", "Et quel est le titre exact à chercher ?"), ("t", "Merci")]),

dict(slug="sms-hotmail-intervenant-kel-bouton", name="Yoann", addr="yoann.b73@hotmail.fr", client="outlook_mobile", c=9,
     body="""jsui intervenant jai pa de compte academik, kel bouton je prend""",
     a="r", why="external speaker (manual account): 'Connexion directe' button",
     cl=[("c", "jsui intervenant jai pa de compte academik,"), ("l", "kel bouton je prend")]),

dict(slug="unzustellbar-autriche", name="Postmaster", addr="postmaster@bildung-tirol.at", raw="dsn", c=13, return_path="", d="2026-11-20 10:04",
     rcpt="m.huber@bildung-tirol.at", subject="Unzustellbar: Invitation : Enseigner l'anglais en primaire avec le numérique",
     body="""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

m.huber@bildung-tirol.at
Das Postfach des Empfängers existiert nicht.""",
     topics=[], a="i", why="German-language non-delivery report",
     cl=[("r", "Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:"), ("r", "Das Postfach des Empfängers existiert nicht.")]),

dict(slug="accepte-invitation-calendrier", name="Olivier Fayolle", addr="olivier.fayolle@ac-grenoble.fr", client="outlook", c=18, quote="none", irt=False,
     subject="Accepté: Invitation : Le Grand Oral : préparer les élèves",
     headers=[("Content-Class", "urn:content-classes:calendarmessage")],
     body="""Olivier Fayolle a accepté cette invitation.""",
     a="i", why="calendar acceptance generated by Outlook",
     cl=[("r", "Olivier Fayolle a accepté cette invitation.")]),

dict(slug="changement-adresse-auto-sans-entete", name="Véronique Saunier", addr="v.saunier@club-internet.fr", client="server", c=19, quote="none",
     subject="Changement d'adresse",
     body="""Cette adresse ne sera bientôt plus active. Merci de noter ma nouvelle adresse : veronique.saunier@gmail.com. Ce message est envoyé automatiquement.""",
     a="i", why="automatic change-of-address notice without headers",
     cl=[("r", "Cette adresse ne sera bientôt plus active."), ("r", "Merci de noter ma nouvelle adresse : veronique.saunier@gmail.com."),
         ("r", "Ce message est envoyé automatiquement.")]),

dict(slug="uga-regle-avec-dsi", name="Mathilde Roux", addr="mathilde.roux@univ-grenoble-alpes.fr", client="outlook_mac", c=11,
     body="""Bonjour,

Merci, c'est réglé : la DSI de l'UGA a réactivé mon compte et j'accède au parcours.

Mathilde Roux""",
     topics=[], a="i", why="closes the matter",
     cl=[("g", "Bonjour,"), ("t", "Merci,"), ("c", "c'est réglé : la DSI de l'UGA a réactivé mon compte et j'accède au parcours.")]),

dict(slug="yahoo-android-mdp-compte-academique", name="Sandra Lopes", addr="sandra.lopes@yahoo.fr", client="yahoo", c=5, tag="Envoyé de Yahoo Mail pour Android",
     body="""Bonjour
Je suis AESH et j'ai oublié le mot de passe de mon compte académique. Comment faire pour le changer ?
Sandra""",
     p="a", a="r", why="AESH (yahoo) using her academic account -> academic; forgotten password: section B",
     cl=[("g", "Bonjour"), ("c", "Je suis AESH"), ("fp", "et j'ai oublié le mot de passe de mon compte académique."), ("fp", "Comment faire pour le changer ?")]),

dict(slug="samsung-numen-invalide-reinit", name="Kader Benmansour", addr="kader.benmansour@ac-grenoble.fr", client="samsung", c=9,
     body="""bonjour jai essayé de réinitialiser mon mdp avec mon numen mais le site me dit numen invalide alors que je le recopie bien""",
     a="e", why="the guide's reset with NUMEN fails ('NUMEN invalide'): human",
     cl=[("g", "bonjour"), ("fp", "jai essayé de réinitialiser mon mdp avec mon numen mais le site me dit numen invalide alors que je le recopie bien")]),

dict(slug="orange-retraite-connecte-ou-cours", name="André Vial", addr="andre.vial@orange.fr", client="orange", c=14, cs="iso-8859-1",
     body="""Bonjour,

Intervenant retraité, je suis connecté avec le compte invité qu'on m'a envoyé. Où est le cours sur la laïcité ?

André Vial""",
     a="r", why="retired speaker with a guest account, logged in: step 3",
     cl=[("g", "Bonjour,"), ("c", "Intervenant retraité, je suis connecté avec le compte invité qu'on m'a envoyé."), ("fc", "Où est le cours sur la laïcité ?")]),

dict(slug="remplacer-collegue-malade", name="Bastien Clerc", addr="bastien.clerc@ac-grenoble.fr", client="gmail", c=15,
     body="""Bonjour,
Ma collègue Mme Reynaud, inscrite au PSC1, est en arrêt longue maladie. Est-ce que je peux suivre la formation à sa place ?
Bastien Clerc""",
     topics=[], a="e", why="replacement of an enrolled colleague: human",
     cl=[("g", "Bonjour,"), ("c", "Ma collègue Mme Reynaud, inscrite au PSC1, est en arrêt longue maladie."),
         ("o", "Est-ce que je peux suivre la formation à sa place ?")]),

dict(slug="bouton-bleu-que-mettre-identifiant", name="Laurent Ginet", addr="laurent.ginet@ac-grenoble.fr", client="outlook", c=2, fmt="alt",
     body="""Bonjour,

Le bouton bleu m'envoie sur une page « Identifiant / Mot de passe / Valider ». Je mets quoi comme identifiant ? Mon adresse mail entière ?

Merci""",
     sig="Laurent Ginet - LP Vaucanson",
     a="r", why="academic at the authentication portal, unsure which identifier: sections A and 2 (academic identifier)",
     cl=[("g", "Bonjour,"), ("c", "Le bouton bleu m'envoie sur une page « Identifiant / Mot de passe / Valider »."),
         ("fu", "Je mets quoi comme identifiant ?"), ("fu", "Mon adresse mail entière ?"), ("t", "Merci")]),
]
