# Batch 01: hand-written held-out messages (mixed voices).
MESSAGES = [
dict(slug="mdp-sms-sans-accents", name="Kevin Rochas", addr="kevin.rochas@ac-grenoble.fr", client="gmail_mobile", c=0,
     body="""bjr
jai oublie mon mdp pour magistere, c quoi la procedure svp
merci""",
     a="r", why="academic sender, forgotten password only, guide B answers it",
     cl=[("g", "bjr"), ("fp", "jai oublie mon mdp pour magistere, c quoi la procedure svp"), ("t", "merci")]),

dict(slug="longue-histoire-identifiant-parcours-attestation", name="Hélène Vachon-Berthet", addr="helene.vachon-berthet@ac-grenoble.fr", client="outlook", fmt="alt", c=1,
     body="""Bonjour,

Je me permets de vous écrire car je suis un peu perdue. J'ai été nommée cette année en UPE2A au collège Jules Flandrin de Corenc après plusieurs années dans le premier degré, et je n'ai jamais utilisé M@gistère. Ma collègue m'a dit que l'identifiant était le même que pour la messagerie, mais je consulte mes mails académiques via un renvoi sur ma boîte personnelle et je ne me souviens absolument pas de mon identifiant.

Du coup deux questions : comment retrouver cet identifiant ? Et une fois connectée, où est-ce que je trouve la formation « Accueillir un élève allophone » ?

Enfin, ma principale m'a demandé une attestation de présence pour la partie à distance : est-ce que vous pourrez me la faire parvenir à la fin ?

Merci beaucoup pour votre aide et bonne journée.""",
     sig="""Hélène Vachon-Berthet
Enseignante UPE2A
Collège Jules Flandrin - Corenc""",
     a="e", why="academic; forgotten username and find course are in the guide but the attendance certificate is not",
     cl=[("g", "Bonjour,"), ("c", "Je me permets de vous écrire car je suis un peu perdue."),
         ("c", "J'ai été nommée cette année en UPE2A au collège Jules Flandrin de Corenc après plusieurs années dans le premier degré, et je n'ai jamais utilisé M@gistère."),
         ("c", "Ma collègue m'a dit que l'identifiant était le même que pour la messagerie"),
         ("fu", "mais je consulte mes mails académiques via un renvoi sur ma boîte personnelle et je ne me souviens absolument pas de mon identifiant."),
         ("fu", "comment retrouver cet identifiant ?"),
         ("fc", "Et une fois connectée, où est-ce que je trouve la formation « Accueillir un élève allophone » ?"),
         ("o", "Enfin, ma principale m'a demandé une attestation de présence pour la partie à distance : est-ce que vous pourrez me la faire parvenir à la fin ?"),
         ("t", "Merci beaucoup pour votre aide"), ("s", "et bonne journée.")]),

dict(slug="lettre-formelle-retraite-compte-invite", name="Bernard Chaffard", addr="bernard.chaffard@laposte.net", client="thunderbird", c=14,
     body="""Madame, Monsieur,

Ancien professeur d'histoire-géographie, retraité depuis 2021, je participe en qualité d'intervenant bénévole au module « Laïcité et valeurs de la République ». Je n'ai donc plus de compte académique, et l'on m'a créé il y a deux ans un compte invité sur M@gistère, dont les codes m'avaient été envoyés par courriel.

J'ai malheureusement égaré ce courriel et je ne me rappelle ni mon nom d'utilisateur ni mon mot de passe. Pourriez-vous m'indiquer la démarche à suivre pour les récupérer ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.""",
     sig="""Bernard Chaffard
12, rue des Alpins
38100 Grenoble""",
     a="r", why="retired speaker with a manual guest account, lost username and password: 'autre cas' recovery page answers it",
     cl=[("g", "Madame, Monsieur,"),
         ("c", "Ancien professeur d'histoire-géographie, retraité depuis 2021, je participe en qualité d'intervenant bénévole au module « Laïcité et valeurs de la République »."),
         ("c", "Je n'ai donc plus de compte académique, et l'on m'a créé il y a deux ans un compte invité sur M@gistère, dont les codes m'avaient été envoyés par courriel."),
         ("c", "J'ai malheureusement égaré ce courriel"),
         ("fu", "et je ne me rappelle ni mon nom d'utilisateur"), ("fp", "ni mon mot de passe."),
         ("fp", "Pourriez-vous m'indiquer la démarche à suivre pour les récupérer ?"),
         ("s", "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.")]),

dict(slug="aesh-orange-en-colere-plainte", name="Sandrine Mottet", addr="sandrine.mottet38@orange.fr", client="orange", c=5, cs="iso-8859-1", cte="qp",
     body="""Bonjour
C'EST LA TROISIEME FOIS QUE J'ECRIS et personne ne me répond !!! Je suis AESH au collège de Vif, j'ai mon adresse académique et mon mot de passe (je me connecte bien à la messagerie avec), mais sur magistère quand je clique sur connexion ça me met "identifiant ou mot de passe incorrect".
On nous oblige à faire cette formation sur notre temps personnel et en plus rien ne marche. Je veux qu'un responsable me rappelle, je trouve ça inadmissible.
Sandrine Mottet""",
     p="a", a="e", why="AESH with academic account (says so), login error; but a complaint asking for a call back needs a human",
     cl=[("g", "Bonjour"), ("o", "C'EST LA TROISIEME FOIS QUE J'ECRIS et personne ne me répond !!!"),
         ("c", "Je suis AESH au collège de Vif, j'ai mon adresse académique et mon mot de passe (je me connecte bien à la messagerie avec),"),
         ("l", "mais sur magistère quand je clique sur connexion ça me met \"identifiant ou mot de passe incorrect\"."),
         ("o", "On nous oblige à faire cette formation sur notre temps personnel et en plus rien ne marche."),
         ("o", "Je veux qu'un responsable me rappelle, je trouve ça inadmissible.")]),

dict(slug="inspe-etu-uga-compte-academique", name="Lucas Ferrand", addr="lucas.ferrand@etu.univ-grenoble-alpes.fr", client="gmail", fmt="alt", c=7,
     body="""Bonjour,

Je suis fonctionnaire stagiaire en lettres au lycée Vaucanson et en M2 MEEF à l'INSPE. J'écris depuis ma boîte étudiante mais pour M@gistère on m'a dit d'utiliser mon compte académique (prenom.nom@ac-grenoble.fr).

Mon problème : je ne sais pas quel bouton choisir sur la page de connexion, il y en a plusieurs de couleurs différentes et j'ai peur de me tromper. Lequel dois-je prendre ?

Merci d'avance""",
     sig="Lucas",
     p="a", a="r", why="student domain but says he logs in with his academic account -> academic; only the login button question",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis fonctionnaire stagiaire en lettres au lycée Vaucanson et en M2 MEEF à l'INSPE."),
         ("c", "J'écris depuis ma boîte étudiante mais pour M@gistère on m'a dit d'utiliser mon compte académique (prenom.nom@ac-grenoble.fr)."),
         ("l", "Mon problème : je ne sais pas quel bouton choisir sur la page de connexion, il y en a plusieurs de couleurs différentes et j'ai peur de me tromper."),
         ("l", "Lequel dois-je prendre ?"), ("t", "Merci d'avance")]),

dict(slug="oof-exchange-en-tetes", name="Claire Bouvier", addr="claire.bouvier@ac-grenoble.fr", client="outlook", c=2, quote="none", irt=True,
     subject="Réponse automatique : Invitation : Enseigner l'oral au lycée professionnel",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "claire.bouvier@ac-grenoble.fr"), ("Thread-Topic", "Invitation : Enseigner l'oral au lycée professionnel")],
     body="""Bonjour,

Je suis absente du 9 au 20 novembre inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.
Pour toute urgence, merci de contacter le secrétariat du lycée au 04 76 00 00 00.

Cordialement,
Claire Bouvier""",
     a="i", why="Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress headers",
     cl=[("r", "Je suis absente du 9 au 20 novembre inclus, sans accès à ma messagerie."),
         ("r", "Votre message ne sera pas transféré."),
         ("r", "Pour toute urgence, merci de contacter le secrétariat du lycée au 04 76 00 00 00.")]),

dict(slug="absent-du-bureau-regle-outlook-sans-entete", name="Mathieu Giraud-Pellet", addr="m.giraud-pellet@wanadoo.fr", client="outlook", c=9, quote="none", irt=False,
     subject="Absent du bureau : Invitation : Sécurité et prévention des risques en atelier",
     body="""Je suis actuellement en déplacement et je consulterai mes messages à mon retour le lundi 30 novembre.
En cas d'urgence vous pouvez joindre l'atelier au 04 79 00 00 00.

M. Giraud-Pellet""",
     a="i", why="out-of-office sent by an Outlook client rule, no auto headers at all, still a robot",
     cl=[("r", "Je suis actuellement en déplacement et je consulterai mes messages à mon retour le lundi 30 novembre."),
         ("r", "En cas d'urgence vous pouvez joindre l'atelier au 04 79 00 00 00.")]),

dict(slug="invite-pas-recu-courriel-codes", name="Amina Belkacem", addr="amina.belkacem@gmail.com", client="gmail", c=21,
     body="""Bonjour,

Je suis animatrice scientifique à La Casemate et on m'a inscrite à la formation sur la didactique des sciences en tant que partenaire. Vous dites que mes identifiants m'ont été envoyés par mail, mais je n'ai jamais rien reçu (j'ai regardé dans les spams). Comment est-ce que je peux obtenir mon nom d'utilisateur et un mot de passe ?

Bien à vous,""",
     sig="Amina Belkacem\nLa Casemate - CCSTI Grenoble",
     a="r", why="partner with a manual account who lacks username and password; the recovery page of the 'autre cas' section sends both",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis animatrice scientifique à La Casemate et on m'a inscrite à la formation sur la didactique des sciences en tant que partenaire."),
         ("fu", "Vous dites que mes identifiants m'ont été envoyés par mail, mais je n'ai jamais rien reçu (j'ai regardé dans les spams)."),
         ("fu", "Comment est-ce que je peux obtenir mon nom d'utilisateur"), ("fp", "et un mot de passe ?"),
         ("g", "Bien à vous,")]),

dict(slug="invite-question-precise-nom-utilisateur", name="Thomas Rebuffet", addr="t.rebuffet@cabinet-ergo-alpes.fr", client="thunderbird", c=17,
     body="""Bonjour,

Question très précise : sur la page d'accueil je clique bien sur « Connexion directe à M@gistère », mais le champ demande un « nom d'utilisateur ». Est-ce mon adresse électronique complète, ou autre chose ? Mon mot de passe, lui, je l'ai.

Merci.""",
     sig="--\nThomas Rebuffet\nErgothérapeute D.E. - Cabinet Ergo Alpes, Échirolles",
     a="r", why="external professional (guest account) unsure which username is his; knows the password; guide 'autre cas' covers it",
     cl=[("g", "Bonjour,"), ("c", "Question très précise : sur la page d'accueil je clique bien sur « Connexion directe à M@gistère »,"),
         ("fu", "mais le champ demande un « nom d'utilisateur »."),
         ("fu", "Est-ce mon adresse électronique complète, ou autre chose ?"),
         ("c", "Mon mot de passe, lui, je l'ai."), ("t", "Merci.")]),

dict(slug="html-seul-cp1252-parcours-introuvable", name="Nathalie Perrin", addr="nathalie.perrin@ac-grenoble.fr", client="outlook", fmt="html", cs="windows-1252", cte="qp", c=10,
     body="""Bonjour,

Je suis bien connectée à M@gistère (avec mon identifiant académique) mais je ne vois pas la formation « Lire et comprendre des textes au CP » dans la liste. J’ai uniquement l’ancien parcours de l’an dernier sur les fluences. Où dois-je chercher ?

Merci par avance.""",
     sig="Nathalie Perrin\nProfesseure des écoles – École élémentaire Les Buttes, Seyssinet-Pariset",
     a="r", why="academic, logged in, cannot find the course: step 3 (search tool, 'Tous mes parcours') answers it",
     cl=[("g", "Bonjour,"), ("c", "Je suis bien connectée à M@gistère (avec mon identifiant académique)"),
         ("fc", "mais je ne vois pas la formation « Lire et comprendre des textes au CP » dans la liste."),
         ("c", "J’ai uniquement l’ancien parcours de l’an dernier sur les fluences."),
         ("fc", "Où dois-je chercher ?"), ("t", "Merci par avance.")]),

dict(slug="reponse-entre-lignes-citees-thunderbird", name="Gilles Arnaud", addr="gilles.arnaud@ac-grenoble.fr", client="thunderbird", c=4, quote="inline",
     body="""Le 06/11/2026 à 16:20, EAFC Grenoble a écrit :
> Bonjour,
>
> Vous êtes inscrit(e) à la formation « Différencier en mathématiques au collège », qui se déroule en partie à distance sur la plateforme M@gistère.

Bonjour, oui c'est bien moi.

> Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/ puis cliquez sur le titre de la formation dans la liste de vos parcours.

Je suis allé à cette adresse mais je ne vois qu'un bouton "Connexion" et ensuite une page qui me demande de choisir entre plusieurs comptes. Je ne sais pas lequel prendre, je suis prof de maths au collège.

> Le parcours sera ouvert à partir du 25 novembre 2026.
>
> En cas de difficulté de connexion, vous pouvez répondre à ce message.

Merci
G. Arnaud""",
     a="r", why="academic teacher answering between the quoted lines; does not know which account/button to choose: login section",
     cl=[("g", "Bonjour,"), ("c", "oui c'est bien moi."),
         ("l", "Je suis allé à cette adresse mais je ne vois qu'un bouton \"Connexion\" et ensuite une page qui me demande de choisir entre plusieurs comptes."),
         ("l", "Je ne sais pas lequel prendre,"), ("c", "je suis prof de maths au collège."), ("t", "Merci")]),

dict(slug="tr-secretariat-inscrire-collegue", name="Secrétariat Collège Le Grésivaudan", addr="ce.0381234x@ac-grenoble.fr", client="outlook", c=3, quote="fwd",
     fwd_to_name="Julie Anselme", fwd_to="julie.anselme@ac-grenoble.fr",
     body="""Bonjour,

Je vous transfère l'invitation reçue par Mme Anselme. Elle est en congé maternité jusqu'en février et c'est M. Dumoulin, son remplaçant, qui assurera le programme pHARe cette année. Serait-il possible de l'inscrire à sa place ? Son adresse est remi.dumoulin@ac-grenoble.fr.

Cordialement,""",
     sig="Le secrétariat de direction\nCollège Le Grésivaudan - Saint-Ismier",
     a="e", why="school office forwards the invitation to swap a trainee for a colleague: registration change, not in the guide",
     cl=[("g", "Bonjour,"), ("c", "Je vous transfère l'invitation reçue par Mme Anselme."),
         ("c", "Elle est en congé maternité jusqu'en février et c'est M. Dumoulin, son remplaçant, qui assurera le programme pHARe cette année."),
         ("o", "Serait-il possible de l'inscrire à sa place ?"), ("o", "Son adresse est remi.dumoulin@ac-grenoble.fr."),
         ("g", "Cordialement,")]),

dict(slug="fwd-gmail-perso-pas-dans-mes-parcours", name="Céline Jacquier", addr="celine.jacquier74@gmail.com", client="gmail", fmt="alt", c=6, quote="fwd",
     fwd_to_name="Céline Jacquier", fwd_to="celine.jacquier@ac-grenoble.fr",
     body="""Bonjour,
je vous fais suivre votre invitation depuis ma boîte perso (je n'ai pas accès à ma boîte académique de chez moi).
Je me connecte sans souci à M@gistère avec mon identifiant académique, mais la formation sur l'ENT n'apparaît pas dans mes parcours. Comment je fais pour la rejoindre ?
Céline""",
     p="a", a="r", why="gmail sender but logs in with her academic account -> academic; logged in, course not in the list: step 3",
     cl=[("g", "Bonjour,"), ("c", "je vous fais suivre votre invitation depuis ma boîte perso (je n'ai pas accès à ma boîte académique de chez moi)."),
         ("c", "Je me connecte sans souci à M@gistère avec mon identifiant académique,"),
         ("fc", "mais la formation sur l'ENT n'apparaît pas dans mes parcours."),
         ("fc", "Comment je fais pour la rejoindre ?")]),

dict(slug="dsn-utilisateur-inconnu", name="Mail Delivery System", addr="MAILER-DAEMON@smtp.ac-grenoble.fr", raw="dsn", c=8, return_path="", d="2026-11-13 10:31",
     rcpt="jerome.vial@ac-grenoble.fr", subject="Undelivered Mail Returned to Sender",
     headers=[("Auto-Submitted", "auto-replied")],
     body="""This is the mail system at host smtp.ac-grenoble.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jerome.vial@ac-grenoble.fr>: host mbx.ac-grenoble.fr[10.1.2.3] said: 550 5.1.1
    <jerome.vial@ac-grenoble.fr>: Recipient address rejected: User unknown in
    virtual mailbox table""",
     topics=[], a="i", why="Postfix bounce (multipart/report, null sender) of the invitation",
     cl=[("r", "I'm sorry to have to inform you that your message could not"),
         ("r", "<jerome.vial@ac-grenoble.fr>: host mbx.ac-grenoble.fr[10.1.2.3] said: 550 5.1.1")]),

dict(slug="cest-bon-jai-reussi", name="Yannick Berger", addr="yannick.berger@ac-grenoble.fr", client="iphone", c=15, fmt="alt", cte="qp",
     body="""C'est bon j'ai retrouvé mon mot de passe avec le NUMEN, je suis dans le parcours. Merci et désolé pour le dérangement""",
     topics=[], a="i", why="closes the matter: he solved it himself",
     cl=[("c", "C'est bon j'ai retrouvé mon mot de passe avec le NUMEN, je suis dans le parcours."),
         ("t", "Merci"), ("s", "et désolé pour le dérangement")]),

dict(slug="usmb-personnel-mdp-expire", name="Karine Dupraz", addr="karine.dupraz@univ-smb.fr", client="zimbra", c=11, fmt="alt",
     body="""Bonjour,

Je suis ingénieure pédagogique à l'Université Savoie Mont Blanc et inscrite à la formation sur l'hybridation. Lorsque je passe par le guichet SUPIDP de l'USMB, on me dit que mon mot de passe a expiré. Comment le renouveler pour pouvoir accéder au parcours ?

Merci,""",
     sig="Karine Dupraz\nIngénieure pédagogique - DAPI\nUniversité Savoie Mont Blanc",
     a="r", why="university staff, password expired on her institution's portal: guide says ask the institution",
     cl=[("g", "Bonjour,"), ("c", "Je suis ingénieure pédagogique à l'Université Savoie Mont Blanc et inscrite à la formation sur l'hybridation."),
         ("fp", "Lorsque je passe par le guichet SUPIDP de l'USMB, on me dit que mon mot de passe a expiré."),
         ("fp", "Comment le renouveler pour pouvoir accéder au parcours ?"), ("t", "Merci,")]),

dict(slug="doctorant-inp-bouton-violet", name="Arjun Menon", addr="arjun.menon@grenoble-inp.fr", client="applemail", c=11,
     body="""Hello,

Sorry, my French is not very good. I am a PhD student at Grenoble INP (teaching assistant) and I must follow the training on hybrid teaching. On the Magistere page I don't understand which "Connexion" button is for me. Is it the purple one, and then which "guichet"?

Thank you very much""",
     sig="Arjun Menon\nPhD candidate, G-SCOP lab, Grenoble INP",
     a="r", why="English-writing Grenoble INP PhD student asking which login button and portal: university login section",
     cl=[("g", "Hello,"), ("s", "Sorry, my French is not very good."),
         ("c", "I am a PhD student at Grenoble INP (teaching assistant) and I must follow the training on hybrid teaching."),
         ("l", "On the Magistere page I don't understand which \"Connexion\" button is for me."),
         ("l", "Is it the purple one, and then which \"guichet\"?"), ("t", "Thank you very much")]),

dict(slug="zimbra-parcours-pas-encore-visible-date", name="Éric Tournier", addr="eric.tournier@ac-grenoble.fr", client="zimbra", c=8,
     body="""Bonjour,

Je me suis connecté sans problème mais je ne trouve pas le parcours sur le développement durable dans ma liste. Est-ce parce qu'il n'ouvre que le 2 décembre ? Et la séance du 2 est-elle une classe virtuelle à heure fixe ou est-ce qu'on avance à son rythme ? J'ai cours ce jour-là.

Bonne journée""",
     sig="Éric Tournier\nHG - Lycée Pierre du Terrail, Pontcharra",
     a="e", why="find course, but he asks about the opening date and whether the session is at a fixed time: not in the guide",
     cl=[("g", "Bonjour,"), ("c", "Je me suis connecté sans problème"),
         ("fc", "mais je ne trouve pas le parcours sur le développement durable dans ma liste."),
         ("o", "Est-ce parce qu'il n'ouvre que le 2 décembre ?"),
         ("o", "Et la séance du 2 est-elle une classe virtuelle à heure fixe ou est-ce qu'on avance à son rythme ?"),
         ("c", "J'ai cours ce jour-là."), ("s", "Bonne journée")]),

dict(slug="yahoo-partenaire-frais-deplacement", name="Odile Charvet", addr="odile.charvet@yahoo.fr", client="yahoo", fmt="alt", c=19,
     body="""Bonjour,

Je suis comédienne et j'interviens en partenariat avec le lycée Mounier pour le projet EAC. Je vois qu'il y aura une journée en présentiel en janvier : mes frais de déplacement depuis Die seront-ils pris en charge, et si oui, quel formulaire dois-je remplir ?

Merci,
Odile""",
     a="e", why="external partner asks only about travel costs: a human must answer",
     cl=[("g", "Bonjour,"), ("c", "Je suis comédienne et j'interviens en partenariat avec le lycée Mounier pour le projet EAC."),
         ("o", "Je vois qu'il y aura une journée en présentiel en janvier : mes frais de déplacement depuis Die seront-ils pris en charge, et si oui, quel formulaire dois-je remplir ?"),
         ("t", "Merci,")]),

dict(slug="samsung-sms-pas-de-numen", name="Jessica Morel", addr="jess.morel26@sfr.fr", client="samsung", c=5,
     body="""bjr je sui aesh a valence, jai pas didentifiant academik et pour le retrouver on me demande le numen mais jai jamais eu de numen, jfai comment""",
     p="a", a="e", why="AESH of the académie (academic) who cannot recover her identifier because she has no NUMEN: the guide assumes the NUMEN",
     cl=[("c", "bjr je sui aesh a valence,"), ("fu", "jai pas didentifiant academik"),
         ("o", "et pour le retrouver on me demande le numen mais jai jamais eu de numen, jfai comment")]),

dict(slug="liste-diffusion-syndicat", name="SNES-FSU Grenoble", addr="info@grenoble.snes.edu", client="gmail", c=None, quote="none", irt=False, fmt="alt",
     to="undisclosed-recipients:;", subject="Lettre d'information n°14 - Stages syndicaux du 2e trimestre",
     headers=[("List-Id", "<lettre.grenoble.snes.edu>"), ("List-Unsubscribe", "<https://grenoble.snes.edu/desinscription?u=8841>"),
              ("Precedence", "bulk")],
     body="""Chères et chers collègues,

Retrouvez dans cette lettre le calendrier des stages syndicaux du deuxième trimestre, nos analyses sur la réforme de la formation continue et le compte rendu de la CAPA du 19 novembre.

Pour vous désinscrire, suivez le lien en bas de page.""",
     topics=[], a="i", why="mailing-list newsletter (List-Id, Precedence bulk), nobody to answer",
     cl=[("r", "Retrouvez dans cette lettre le calendrier des stages syndicaux du deuxième trimestre, nos analyses sur la réforme de la formation continue et le compte rendu de la CAPA du 19 novembre."),
         ("r", "Pour vous désinscrire, suivez le lien en bas de page.")]),

dict(slug="accuse-lecture-mdn", name="Pascale Roux", addr="pascale.roux@ac-grenoble.fr", raw="mdn", c=12, return_path="pascale.roux@ac-grenoble.fr", d="2026-11-19 15:02",
     subject="Lu : Invitation : Conduire un entretien professionnel (personnels administratifs)",
     body="""Votre message

  À : Pascale Roux
  Objet : Invitation : Conduire un entretien professionnel (personnels administratifs)
  Envoyé : jeudi 19 novembre 2026 14:30:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 19 novembre 2026 15:02:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
     topics=[], a="i", why="read receipt (multipart/report disposition-notification)",
     cl=[("r", "a été lu le jeudi 19 novembre 2026 15:02:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.")]),

dict(slug="contractuelle-orange-jamais-eu-identifiant", name="Josiane Guillot", addr="josiane.guillot@orange.fr", client="orange", c=12, cs="iso-8859-1", cte="qp",
     body="""Bonjour Madame, Monsieur,

Je suis contractuelle, gestionnaire au secrétariat d'intendance du lycée du Granier depuis septembre. On me dit de me connecter avec mon identifiant académique mais je crois que je n'en ai jamais eu, en tout cas personne ne me l'a donné. Comment puis-je le connaître ? J'ai mon NUMEN sur mon contrat.

Avec mes remerciements,
Josiane Guillot""",
     p="a", a="r", why="contract staff of the académie (academic, per the guide all have an identifier), does not know it and has her NUMEN: section A",
     cl=[("g", "Bonjour Madame, Monsieur,"),
         ("c", "Je suis contractuelle, gestionnaire au secrétariat d'intendance du lycée du Granier depuis septembre."),
         ("fu", "On me dit de me connecter avec mon identifiant académique mais je crois que je n'en ai jamais eu, en tout cas personne ne me l'a donné."),
         ("fu", "Comment puis-je le connaître ?"), ("c", "J'ai mon NUMEN sur mon contrat."),
         ("t", "Avec mes remerciements,")]),

dict(slug="rien-demande-incomprehension", name="Francis Blanc", addr="francis.blanc@free.fr", client="roundcube", c=16,
     body="""Je ne comprends pas ce message, je n'ai rien demandé. C'est une erreur ?""",
     a="e", why="the person does not understand why he is enrolled: unclear, needs a human to check the registration",
     cl=[("u", "Je ne comprends pas ce message, je n'ai rien demandé."), ("u", "C'est une erreur ?")]),

dict(slug="mcf-uga-aussi-prof-lycee-compte-academique", name="Marion Lefebvre", addr="marion.lefebvre@univ-grenoble-alpes.fr", client="applemail", c=18, fmt="alt", cte="qp",
     body="""Bonjour,

Je suis PRAG à l'UGA mais j'ai aussi un demi-service au lycée Champollion, c'est à ce titre que je suis inscrite au Grand Oral, et je me connecte à M@gistère avec mon compte académique ac-grenoble (pas celui de l'université).

J'ai changé mon mot de passe académique cet été et je l'ai oublié. Comment le réinitialiser ?

Bien cordialement,""",
     sig="Marion Lefebvre",
     p="a", a="r", why="UGA address but she states she uses her académie account -> academic; forgotten changed password: section B reset link",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis PRAG à l'UGA mais j'ai aussi un demi-service au lycée Champollion, c'est à ce titre que je suis inscrite au Grand Oral, et je me connecte à M@gistère avec mon compte académique ac-grenoble (pas celui de l'université)."),
         ("fp", "J'ai changé mon mot de passe académique cet été et je l'ai oublié."),
         ("fp", "Comment le réinitialiser ?"), ("g", "Bien cordialement,")]),
]
