# Batch 03
MESSAGES = [
dict(slug="mcf-uga-identifiant-agalan", name="Frédéric Morin", addr="frederic.morin@univ-grenoble-alpes.fr", client="thunderbird", c=11,
     body="""Bonjour,

Maître de conférences en chimie à l'UGA, je suis inscrit à la formation sur l'hybridation. Je ne me souviens plus de mon identifiant UGA : je me connecte d'habitude à mes services via le SSO enregistré dans mon navigateur et je n'ai jamais eu à le taper. Comment le retrouver ?

Cordialement,""",
     sig="--\nFrédéric Morin\nMCF - Département de chimie, UFR PhITEM\nUniversité Grenoble Alpes",
     a="r", why="UGA lecturer who forgot his institution username: guide says the institution provides it",
     cl=[("g", "Bonjour,"), ("c", "Maître de conférences en chimie à l'UGA, je suis inscrit à la formation sur l'hybridation."),
         ("fu", "Je ne me souviens plus de mon identifiant UGA :"),
         ("c", "je me connecte d'habitude à mes services via le SSO enregistré dans mon navigateur et je n'ai jamais eu à le taper."),
         ("fu", "Comment le retrouver ?"), ("g", "Cordialement,")]),

dict(slug="etudiant-meef-gmail-compte-etudiant-mdp", name="Nicolas Guerin", addr="nico.guerin38@gmail.com", client="gmail_mobile", c=7,
     body="""Bonjour,
Je suis étudiant en M1 MEEF à l'UGA et je suis inscrit avec mon compte étudiant UGA. J'ai oublié le mot de passe de ce compte, je fais comment ?
Merci
Nicolas""",
     p="u", a="r", why="gmail sender who says he uses his UGA student account -> university; forgotten password: ask the institution",
     cl=[("g", "Bonjour,"), ("c", "Je suis étudiant en M1 MEEF à l'UGA et je suis inscrit avec mon compte étudiant UGA."),
         ("fp", "J'ai oublié le mot de passe de ce compte, je fais comment ?"), ("t", "Merci")]),

dict(slug="inp-guichet-introuvable-liste", name="Véronique Blanchet", addr="veronique.blanchet@grenoble-inp.fr", client="owa", c=11, fmt="alt",
     body="""Bonjour,

Après le bouton violet, j'arrive sur une page avec une longue liste de guichets mais je n'arrive pas à trouver Grenoble INP dedans. Sous quel nom est-il ?

Bien cordialement""",
     sig="Véronique Blanchet\nService formation des personnels - Grenoble INP - UGA",
     a="r", why="Grenoble INP staff, stuck at the portal selection page: the university login section names the portals",
     cl=[("g", "Bonjour,"), ("l", "Après le bouton violet, j'arrive sur une page avec une longue liste de guichets mais je n'arrive pas à trouver Grenoble INP dedans."),
         ("l", "Sous quel nom est-il ?"), ("g", "Bien cordialement")]),

dict(slug="uga-html-seul-parcours-absent", name="Julien Perret", addr="julien.perret@univ-grenoble-alpes.fr", client="owa", c=11, fmt="html", cte="qp",
     body="""Bonjour,

J'ai réussi à me connecter via le guichet de l'UGA, la page d'accueil s'ouvre bien, mais la formation sur l'hybridation n'est pas dans la liste de mes parcours. Comment la retrouver ?

Merci,
Julien Perret
IUT2 - Université Grenoble Alpes""",
     a="r", why="UGA staff logged in, course missing from the list: step 3",
     cl=[("g", "Bonjour,"), ("c", "J'ai réussi à me connecter via le guichet de l'UGA, la page d'accueil s'ouvre bien,"),
         ("fc", "mais la formation sur l'hybridation n'est pas dans la liste de mes parcours."), ("fc", "Comment la retrouver ?"), ("t", "Merci,")]),

dict(slug="erasmus-usmb-anglais-username", name="Jonas Weber", addr="jonas.weber@etu.univ-smb.fr", client="outlook_mobile", c=11, fmt="alt",
     body="""Hi,
I am an Erasmus student at USMB (Chambéry) and my tutor enrolled me in this course. I don't know what my username is for the university login. Where can I find it?
Best regards
Jonas""",
     a="r", why="English-writing USMB student, does not know his institution username: ask the institution",
     cl=[("g", "Hi,"), ("c", "I am an Erasmus student at USMB (Chambéry) and my tutor enrolled me in this course."),
         ("fu", "I don't know what my username is for the university login."), ("fu", "Where can I find it?"), ("g", "Best regards")]),

dict(slug="contractuel-gmail-liste-universites", name="Mehdi Haddad", addr="mehdi.haddad.pro@gmail.com", client="gmail", c=4, fmt="alt",
     body="""Bonjour,

Je suis professeur contractuel de mathématiques au collège Henri Wallon de Saint-Martin-d'Hères depuis la rentrée (avant j'ai fait mon master à l'UGA puis une thèse à Grenoble INP). On m'a dit d'utiliser mon identifiant académique mais je ne l'ai jamais su. Comment l'obtenir ?

Merci d'avance,
Mehdi Haddad""",
     p="a", a="r", why="contract teacher of the académie -> academic (his former universities change nothing); unknown identifier: section A",
     cl=[("g", "Bonjour,"),
         ("c", "Je suis professeur contractuel de mathématiques au collège Henri Wallon de Saint-Martin-d'Hères depuis la rentrée (avant j'ai fait mon master à l'UGA puis une thèse à Grenoble INP)."),
         ("fu", "On m'a dit d'utiliser mon identifiant académique mais je ne l'ai jamais su."), ("fu", "Comment l'obtenir ?"),
         ("t", "Merci d'avance,")]),

dict(slug="yahoo-latin1-html-retraitee-mdp-invite", name="Colette Jouvin", addr="colette.jouvin@yahoo.fr", client="yahoo", c=14, fmt="html", cs="iso-8859-1",
     body="""Bonjour,

Je suis une ancienne directrice d'école à la retraite, et j'interviens bénévolement pour la formation sur la laïcité. On m'a envoyé un nom d'utilisateur par mail (je l'ai toujours) mais le mot de passe ne marche plus. Comment en avoir un nouveau ?

Merci bien
Colette Jouvin""",
     a="r", why="retired speaker with a guest account, knows username, password fails: recovery page sends a new one",
     cl=[("g", "Bonjour,"), ("c", "Je suis une ancienne directrice d'école à la retraite, et j'interviens bénévolement pour la formation sur la laïcité."),
         ("c", "On m'a envoyé un nom d'utilisateur par mail (je l'ai toujours)"), ("fp", "mais le mot de passe ne marche plus."),
         ("fp", "Comment en avoir un nouveau ?"), ("t", "Merci bien")]),

dict(slug="iphone-fwd-lien-ne-s-ouvre-pas", name="Aurélie Manin", addr="aurelie.manin@ac-grenoble.fr", client="iphone", c=19, quote="fwd", fmt="alt", cte="qp",
     body="""Bonjour, quand je clique sur le lien de votre mail rien ne s'ouvre, ou alors une page blanche. Comment on arrive sur la page de connexion ?""",
     a="r", why="academic, cannot reach the login page: guide says type the address in the browser and which button",
     cl=[("g", "Bonjour,"), ("l", "quand je clique sur le lien de votre mail rien ne s'ouvre, ou alors une page blanche."),
         ("l", "Comment on arrive sur la page de connexion ?")]),

dict(slug="roundcube-bottom-intervenant-incorrect", name="Patrick Sabatier", addr="patrick.sabatier@free.fr", client="roundcube", c=21, quote="bottom",
     body="""Bonjour,
je suis intervenant extérieur (ingénieur retraité, association Planète Sciences). Sur « Connexion directe à M@gistère » j'ai le message « Nom d'utilisateur ou mot de passe incorrect ». Je crois que je me trompe de mot de passe.
Patrick Sabatier""",
     a="r", why="guest account, bottom-posted; login error, probably the password: guide's forgotten link",
     cl=[("g", "Bonjour,"), ("c", "je suis intervenant extérieur (ingénieur retraité, association Planète Sciences)."),
         ("l", "Sur « Connexion directe à M@gistère » j'ai le message « Nom d'utilisateur ou mot de passe incorrect »."),
         ("fp", "Je crois que je me trompe de mot de passe.")]),

dict(slug="colere-vacances-plainte-sans-question", name="Bruno Lagarde", addr="bruno.lagarde@ac-grenoble.fr", client="outlook", c=20, fmt="alt",
     body="""Je découvre que la partie à distance est à faire pendant les vacances de Noël. C'est inacceptable. Je ne ferai rien sur mes congés et je le ferai savoir au syndicat. Merci de transmettre à qui de droit.""",
     sig="B. Lagarde",
     topics=[], a="e", why="complaint about the schedule that needs an answer from a human",
     cl=[("o", "Je découvre que la partie à distance est à faire pendant les vacances de Noël."), ("o", "C'est inacceptable."),
         ("o", "Je ne ferai rien sur mes congés et je le ferai savoir au syndicat."), ("o", "Merci de transmettre à qui de droit.")]),

dict(slug="colere-parcours-introuvable-seulement", name="Karim Benali", addr="karim.benali@ac-grenoble.fr", client="gmail", c=3,
     body="""Ça fait une heure que je cherche ce fichu parcours pHARe !!! Je suis connecté, j'ai la page d'accueil, et RIEN. Il est où ???""",
     a="r", why="angry but only the find-course question, already logged in: step 3 answers it",
     cl=[("fc", "Ça fait une heure que je cherche ce fichu parcours pHARe !!!"), ("c", "Je suis connecté, j'ai la page d'accueil, et RIEN."),
         ("fc", "Il est où ???")]),

dict(slug="trois-sujets-plus-absence-presentiel", name="Corinne Faure", addr="corinne.faure@ac-grenoble.fr", client="zimbra", c=1, fmt="alt",
     body="""Bonjour,

Je ne connais pas mon identifiant académique et je ne sais pas non plus sur quel bouton cliquer pour me connecter. Par ailleurs je ne pourrai pas être présente au regroupement du 10 décembre (conseil de classe) : que dois-je faire ?

Merci""",
     sig="Corinne Faure\nCollège Marie Curie, Échirolles",
     a="e", why="forgotten username and login are in the guide, absence at the on-site day is not",
     cl=[("g", "Bonjour,"), ("fu", "Je ne connais pas mon identifiant académique"), ("l", "et je ne sais pas non plus sur quel bouton cliquer pour me connecter."),
         ("o", "Par ailleurs je ne pourrai pas être présente au regroupement du 10 décembre (conseil de classe) : que dois-je faire ?"), ("t", "Merci")]),

dict(slug="secretaire-cle-otp-cp1252", name="Martine Reynaud", addr="martine.reynaud@ac-grenoble.fr", client="outlook", c=12, fmt="alt", cs="windows-1252", cte="qp",
     body="""Bonjour,

Je suis secrétaire de direction au lycée Ferdinand Buisson de Voiron. Pour me connecter à M@gistère, dois-je utiliser ma clé OTP comme pour les applications de gestion, ou seulement mon identifiant et mon mot de passe ? Je n’arrive pas à entrer.

Cordialement,""",
     sig="Martine Reynaud\nSecrétariat de direction\nLycée Ferdinand Buisson – Voiron",
     a="r", why="academic staff, does not know how to log in (asks about OTP): login section says identifier + password via the blue button",
     cl=[("g", "Bonjour,"), ("c", "Je suis secrétaire de direction au lycée Ferdinand Buisson de Voiron."),
         ("l", "Pour me connecter à M@gistère, dois-je utiliser ma clé OTP comme pour les applications de gestion, ou seulement mon identifiant et mon mot de passe ?"),
         ("l", "Je n’arrive pas à entrer."), ("g", "Cordialement,")]),

dict(slug="uga-automatic-reply-anglais", name="Dr. Emily Carter", addr="emily.carter@univ-grenoble-alpes.fr", client="owa", c=11, quote="none", irt=True,
     subject="Automatic reply: Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "emily.carter@univ-grenoble-alpes.fr")],
     body="""Thank you for your email. I am on research leave until 15 January 2027 with limited access to email. For teaching matters please contact the LANSAD secretariat.""",
     a="i", why="Exchange automatic reply in English with auto headers",
     cl=[("r", "Thank you for your email."), ("r", "I am on research leave until 15 January 2027 with limited access to email."),
         ("r", "For teaching matters please contact the LANSAD secretariat.")]),

dict(slug="orange-message-absence-sans-entete", name="Gérard Pellissier", addr="gerard.pellissier@orange.fr", client="server", c=14, quote="none",
     subject="Message d'absence",
     body="""Bonjour, je suis absent jusqu'au 6 décembre. Votre message sera lu à mon retour.""",
     a="i", why="webmail absence message with no auto header; still a robot",
     cl=[("r", "Bonjour, je suis absent jusqu'au 6 décembre."), ("r", "Votre message sera lu à mon retour.")]),

dict(slug="pas-un-message-automatique-principal", name="Philippe Guillaud", addr="ce.0730042p@ac-grenoble.fr", client="outlook", c=15, fmt="alt",
     body="""Ceci n'est pas un message automatique.

Je vous signale que trois professeurs de mon établissement inscrits au PSC1 hybride n'ont pas reçu votre invitation (Mmes Bel et Roche, M. Tissot). Pouvez-vous la leur renvoyer ?

Le principal,""",
     sig="Philippe Guillaud\nPrincipal du collège Jean Moulin - Albertville",
     topics=[], a="e", why="human (despite the wording) asking to resend invitations to colleagues: a human handles it",
     cl=[("c", "Ceci n'est pas un message automatique."),
         ("c", "Je vous signale que trois professeurs de mon établissement inscrits au PSC1 hybride n'ont pas reçu votre invitation (Mmes Bel et Roche, M. Tissot)."),
         ("o", "Pouvez-vous la leur renvoyer ?")]),

dict(slug="osticket-accuse-ticket", name="Support Alpes Numérique", addr="support@alpes-numerique.fr", client="server", c=21, quote="none",
     subject="[#48213] Re: Invitation : Découvrir la didactique des sciences (partenaires de l'éducation)",
     headers=[("Precedence", "auto_reply"), ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
     body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro #48213. Un technicien vous répondra sous 48 heures ouvrées.

Ne répondez pas à ce message, il a été généré automatiquement.""",
     a="i", why="helpdesk automatic ticket acknowledgement (X-Autoreply, Precedence auto_reply)",
     cl=[("r", "Votre demande a bien été enregistrée sous le numéro #48213."), ("r", "Un technicien vous répondra sous 48 heures ouvrées."),
         ("r", "Ne répondez pas à ce message, il a été généré automatiquement.")]),

dict(slug="ndr-exchange-uga-report", name="Microsoft Outlook", addr="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@univ-grenoble-alpes.fr", raw="dsn", c=11, return_path="", d="2026-11-18 09:11",
     rcpt="paul.vernet@univ-grenoble-alpes.fr", subject="Non remis : Invitation : Former les formateurs de l'enseignement supérieur à l'hybridation",
     diag="smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
     body="""Impossible de remettre le message à ces destinataires :

paul.vernet@univ-grenoble-alpes.fr
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et essayez de renvoyer le message.""",
     p="u", topics=[], a="i", why="Exchange non-delivery report (multipart/report) from the university",
     cl=[("r", "Impossible de remettre le message à ces destinataires :"),
         ("r", "L'adresse e-mail que vous avez entrée est introuvable.")]),

dict(slug="orange-rebond-texte-brut", name="Mail Delivery System", addr="MAILER-DAEMON@orange.fr", client="server", c=17, quote="none", return_path="", d="2026-11-26 13:02",
     subject="Mail delivery failed: returning message to sender",
     body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  christine.lavoie@orange.fr
    host smtp-in.orange.fr [80.12.26.32]
    SMTP error from remote mail server after RCPT TO:<christine.lavoie@orange.fr>:
    550 5.1.1 Adresse d au moins un destinataire invalide""",
     topics=[], a="i", why="plain-text bounce (no multipart/report) from a mailer daemon, null sender",
     cl=[("r", "This message was created automatically by mail delivery software."),
         ("r", "This is a permanent error.")]),

dict(slug="orange-html-seul-prof-college-parcours", name="Valérie Moulin", addr="valerie.moulin26@orange.fr", client="orange", c=2, fmt="html", cs="iso-8859-1", cte="qp",
     body="""Bonjour,

Je suis professeure de lettres-histoire au lycée professionnel Amblard de Valence. Je suis arrivée sur la page d'accueil de M@gistère avec mon compte académique, mais je ne trouve nulle part la formation sur l'oral. Merci de m'indiquer où cliquer.

Valérie Moulin""",
     p="a", a="r", why="orange sender who uses her academic account -> academic; logged in, cannot find the course",
     cl=[("g", "Bonjour,"), ("c", "Je suis professeure de lettres-histoire au lycée professionnel Amblard de Valence."),
         ("c", "Je suis arrivée sur la page d'accueil de M@gistère avec mon compte académique,"),
         ("fc", "mais je ne trouve nulle part la formation sur l'oral."), ("fc", "Merci de m'indiquer où cliquer.")]),

dict(slug="longue-histoire-tout-guide-zimbra", name="Anne-Laure Chevalier", addr="anne-laure.chevalier@ac-grenoble.fr", client="zimbra", c=17, fmt="alt",
     body="""Bonjour,

Je vous écris après plusieurs tentatives infructueuses. Je suis enseignante d'EPS au collège de la Chartreuse depuis quinze ans, mais j'ai toujours utilisé l'ENT et Pronote via les identifiants de l'établissement, jamais mon identifiant académique. La semaine dernière j'ai voulu suivre le lien de votre message : j'ai cliqué sur « Connexion », puis on m'a demandé un identifiant que je ne connais pas.

J'ai essayé mon adresse mail complète, puis prénom.nom, sans succès. Je ne sais pas non plus quel est le mot de passe : mon NUMEN ? Et quand j'aurai réussi, est-ce que la formation apparaîtra directement ou faudra-t-il la chercher ?

Pardon pour ce long message et merci pour votre patience.""",
     sig="Anne-Laure Chevalier\nEPS - Collège de la Chartreuse, Saint-Laurent-du-Pont",
     a="r", why="long academic story: unknown identifier, password (default NUMEN), then finding the course: all in the guide",
     cl=[("g", "Bonjour,"), ("c", "Je vous écris après plusieurs tentatives infructueuses."),
         ("c", "Je suis enseignante d'EPS au collège de la Chartreuse depuis quinze ans, mais j'ai toujours utilisé l'ENT et Pronote via les identifiants de l'établissement, jamais mon identifiant académique."),
         ("c", "La semaine dernière j'ai voulu suivre le lien de votre message : j'ai cliqué sur « Connexion »,"),
         ("fu", "puis on m'a demandé un identifiant que je ne connais pas."),
         ("fu", "J'ai essayé mon adresse mail complète, puis prénom.nom, sans succès."),
         ("fp", "Je ne sais pas non plus quel est le mot de passe : mon NUMEN ?"),
         ("fc", "Et quand j'aurai réussi, est-ce que la formation apparaîtra directement ou faudra-t-il la chercher ?"),
         ("s", "Pardon pour ce long message"), ("t", "et merci pour votre patience.")]),

dict(slug="invitee-deux-adresses-laquelle", name="Sylvie Brachet", addr="sylvie.brachet@outlook.fr", client="outlook", c=21, fmt="alt",
     body="""Bonjour,

Je suis médiatrice scientifique (association Science Animation). Sur la page « Nom d'utilisateur ou mot de passe oublié ? », on me demande l'adresse de courriel enregistrée sur la plateforme. J'en ai deux (sylvie.brachet@outlook.fr et contact@science-animation38.fr) et aucune ne semble marcher : je ne reçois rien. Laquelle est enregistrée pour mon compte ?

Merci,""",
     sig="Sylvie Brachet",
     a="e", why="guest account; she followed the guide's recovery page and it fails: someone must check which address is registered",
     cl=[("g", "Bonjour,"), ("c", "Je suis médiatrice scientifique (association Science Animation)."),
         ("c", "Sur la page « Nom d'utilisateur ou mot de passe oublié ? », on me demande l'adresse de courriel enregistrée sur la plateforme."),
         ("fp", "J'en ai deux (sylvie.brachet@outlook.fr et contact@science-animation38.fr) et aucune ne semble marcher : je ne reçois rien."),
         ("o", "Laquelle est enregistrée pour mon compte ?"), ("t", "Merci,")]),

dict(slug="inscrire-collegue-moi-ca-va", name="Thierry Roussel", addr="thierry.roussel@ac-grenoble.fr", client="thunderbird", c=4,
     body="""Bonjour,

Pour moi tout fonctionne, je suis bien dans le parcours. Ma collègue Mme Fabre (amandine.fabre@ac-grenoble.fr), qui enseigne aussi en 5e, voudrait suivre la formation avec moi : est-il possible de l'inscrire ?

Bonne fin de journée""",
     sig="Thierry Roussel",
     topics=[], a="e", why="no problem of his own; asks to register a colleague",
     cl=[("g", "Bonjour,"), ("c", "Pour moi tout fonctionne, je suis bien dans le parcours."),
         ("o", "Ma collègue Mme Fabre (amandine.fabre@ac-grenoble.fr), qui enseigne aussi en 5e, voudrait suivre la formation avec moi : est-il possible de l'inscrire ?"),
         ("s", "Bonne fin de journée")]),

dict(slug="uga-probleme-resolu-bouton-violet", name="Léa Gauthier", addr="lea.gauthier@etu.univ-grenoble-alpes.fr", client="gmail_mobile", c=11,
     body="""Problème résolu, c'était le bouton violet qu'il fallait prendre 🙂 Merci !""",
     topics=[], a="i", why="closes the matter",
     cl=[("c", "Problème résolu, c'était le bouton violet qu'il fallait prendre 🙂"), ("t", "Merci !")]),
]
