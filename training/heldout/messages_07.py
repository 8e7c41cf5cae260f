# Batch 07
MESSAGES = [
dict(slug="desolee-absence-auto-puis-parcours", name="Coralie Vernay", addr="coralie.vernay@ac-grenoble.fr", client="outlook", c=19, fmt="alt",
     body="""Bonjour,

Désolée pour le message d'absence automatique que vous avez dû recevoir, je suis rentrée. Je me suis connectée à M@gistère mais je ne trouve pas le parcours EAC. Pouvez-vous m'aider ?

Coralie Vernay""",
     a="r", why="a human apologising for her out-of-office, then a find-course question: step 3",
     cl=[("g", "Bonjour,"), ("c", "Désolée pour le message d'absence automatique que vous avez dû recevoir, je suis rentrée."),
         ("c", "Je me suis connectée à M@gistère"), ("fc", "mais je ne trouve pas le parcours EAC."), ("s", "Pouvez-vous m'aider ?")]),

dict(slug="humain-parle-dun-rebond-mdp", name="Didier Chapuis", addr="didier.chapuis@ac-grenoble.fr", client="owa", c=20, fmt="alt",
     subject="Undelivered ???",
     body="""Bonjour,

J'ai essayé de vous écrire hier depuis mon téléphone et j'ai reçu un message « Undelivered Mail Returned to Sender », alors je réessaie d'ici. Mon problème : j'ai oublié le mot de passe de mon compte académique. Comment le réinitialiser ?

Merci,""",
     sig="Didier Chapuis\nCollège Le Vallon, Saint-Martin-le-Vinoux",
     a="r", why="a person who mentions a bounce he received (not a bounce); forgotten academic password: section B",
     cl=[("g", "Bonjour,"),
         ("c", "J'ai essayé de vous écrire hier depuis mon téléphone et j'ai reçu un message « Undelivered Mail Returned to Sender », alors je réessaie d'ici."),
         ("fp", "Mon problème : j'ai oublié le mot de passe de mon compte académique."), ("fp", "Comment le réinitialiser ?"), ("t", "Merci,")]),

dict(slug="thunderbird-html-cp1252-identifiant-parcours", name="Lucienne Berthet", addr="lucienne.berthet@ac-grenoble.fr", client="thunderbird", c=1, fmt="html", cs="windows-1252", cte="qp",
     body="""Bonjour,

Je ne retrouve pas mon identifiant académique (j’ai mon NUMEN). Et une fois que je serai connectée, la formation « Accueillir un élève allophone » sera-t-elle dans « Mes parcours » ou ailleurs ?

Merci d’avance,
Lucienne Berthet""",
     a="r", why="academic, forgotten identifier with NUMEN, then where the course will be: section A and step 3",
     cl=[("g", "Bonjour,"), ("fu", "Je ne retrouve pas mon identifiant académique (j’ai mon NUMEN)."),
         ("fc", "Et une fois que je serai connectée, la formation « Accueillir un élève allophone » sera-t-elle dans « Mes parcours » ou ailleurs ?"),
         ("t", "Merci d’avance,")]),

dict(slug="usmb-latin1-8bit-connexion-parcours", name="Gérald Fournier", addr="gerald.fournier@univ-smb.fr", client="outlook_old", c=11, cs="iso-8859-1",
     body="""Bonjour,

Personnel technique à l'USMB (Bourget-du-Lac), je ne sais pas comment me connecter à M@gistère ni où trouver ensuite la formation sur l'hybridation.

Cordialement,
G. Fournier""",
     a="r", why="USMB staff: how to log in (violet button, USMB portal) and step 3",
     cl=[("g", "Bonjour,"), ("c", "Personnel technique à l'USMB (Bourget-du-Lac),"), ("l", "je ne sais pas comment me connecter à M@gistère"),
         ("fc", "ni où trouver ensuite la formation sur l'hybridation."), ("g", "Cordialement,")]),

dict(slug="apple-entre-lignes-doctorante-uga", name="Inès Carvalho", addr="ines.carvalho@univ-grenoble-alpes.fr", client="applemail", c=11, quote="inline",
     body="""Bonjour,

> Le 18 nov. 2026 à 09:10, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :
>
> Vous êtes inscrit(e) à la formation « Former les formateurs de l'enseignement supérieur à l'hybridation »

Oui, je suis doctorante contractuelle à l'UGA avec mission d'enseignement.

> Pour rejoindre le parcours, connectez-vous à l'adresse https://magistere.education.fr/ac-grenoble/

C'est fait, mais je ne sais pas quel guichet sélectionner : je suis rattachée à l'UGA mais mon labo est aussi CNRS.

Merci !
Inès""",
     a="r", why="UGA PhD student answering between quoted lines; which portal to select: university login section",
     cl=[("g", "Bonjour,"), ("c", "Oui, je suis doctorante contractuelle à l'UGA avec mission d'enseignement."),
         ("c", "C'est fait,"), ("l", "mais je ne sais pas quel guichet sélectionner :"), ("c", "je suis rattachée à l'UGA mais mon labo est aussi CNRS."),
         ("t", "Merci !")]),

dict(slug="principal-tr-mes-profs-connexion", name="Hubert Cartier", addr="ce.0260015m@ac-grenoble.fr", client="zimbra", c=2, quote="fwd", fmt="alt",
     fwd_to_name="Hubert Cartier", fwd_to="ce.0260015m@ac-grenoble.fr",
     body="""Bonjour,

Je vous transfère votre invitation : quatre professeurs de mon lycée inscrits à cette formation me disent qu'ils n'arrivent pas à se connecter. Pouvez-vous les contacter directement pour les aider ? Il s'agit de Mmes Ravel et Sorel, MM. Nicolet et Abadie.

Le proviseur""",
     sig="Hubert Cartier\nLycée professionnel Les Catalins, Montélimar",
     a="e", why="head teacher asks EAFC to contact four teachers who cannot log in: a human must act",
     cl=[("g", "Bonjour,"), ("c", "Je vous transfère votre invitation :"),
         ("l", "quatre professeurs de mon lycée inscrits à cette formation me disent qu'ils n'arrivent pas à se connecter."),
         ("o", "Pouvez-vous les contacter directement pour les aider ?"), ("o", "Il s'agit de Mmes Ravel et Sorel, MM. Nicolet et Abadie.")]),

dict(slug="fwd-etu-telephone-pas-de-bouton-violet", name="Yanis Charrier", addr="yanis.charrier@etu.univ-grenoble-alpes.fr", client="gmail_mobile", c=7, quote="fwd",
     body="""Bonjour,
je vous renvoie le mail. Sur mon téléphone je ne vois pas de bouton violet pour les étudiants, seulement « Connexion ». Comment je fais pour me connecter avec mon compte UGA ?""",
     a="r", why="UGA student, cannot find the university login button: university login section",
     cl=[("g", "Bonjour,"), ("c", "je vous renvoie le mail."),
         ("l", "Sur mon téléphone je ne vois pas de bouton violet pour les étudiants, seulement « Connexion »."),
         ("l", "Comment je fais pour me connecter avec mon compte UGA ?")]),

dict(slug="sieve-auto-notified", name="Notification messagerie", addr="notifications@lyc-vaucanson.fr", client="server", c=None, quote="none",
     subject="Nouveau message de EAFC Grenoble",
     headers=[("Auto-Submitted", "auto-notified")],
     body="""Vous avez reçu un nouveau message de formation-magistere@ac-grenoble.fr : « Invitation : Le Grand Oral : préparer les élèves ». Connectez-vous à votre messagerie pour le lire.""",
     topics=[], a="i", why="mail-system notification with Auto-Submitted auto-notified",
     cl=[("r", "Vous avez reçu un nouveau message de formation-magistere@ac-grenoble.fr : « Invitation : Le Grand Oral : préparer les élèves »."),
         ("r", "Connectez-vous à votre messagerie pour le lire.")]),

dict(slug="mailman-liste-formateurs-humain", name="Yves Chaumont", addr="yves.chaumont@ac-grenoble.fr", client="thunderbird", c=None, quote="none",
     to="formateurs-eafc@listes.ac-grenoble.fr", return_path="formateurs-eafc-bounces@listes.ac-grenoble.fr",
     subject="[formateurs-eafc] Parcours hybrides : retour d'expérience",
     headers=[("Precedence", "list"), ("X-BeenThere", "formateurs-eafc@listes.ac-grenoble.fr"), ("X-Mailman-Version", "2.1.39"),
              ("List-Id", "Formateurs EAFC <formateurs-eafc.listes.ac-grenoble.fr>"), ("List-Post", "<mailto:formateurs-eafc@listes.ac-grenoble.fr>")],
     body="""Bonjour à toutes et à tous,

Pour ceux qui animent un parcours hybride ce trimestre : je vous propose un temps d'échange le 9 décembre à 17h sur nos premiers retours (connexion des stagiaires, activités qui marchent). Inscrivez-vous sur le framadate.

Yves""",
     topics=[], a="i", why="mailing-list mail written by a person for a list of trainers: no answer from this mailbox",
     cl=[("g", "Bonjour à toutes et à tous,"),
         ("c", "Pour ceux qui animent un parcours hybride ce trimestre : je vous propose un temps d'échange le 9 décembre à 17h sur nos premiers retours (connexion des stagiaires, activités qui marchent)."),
         ("o", "Inscrivez-vous sur le framadate.")]),

dict(slug="spam-anglais-facture", name="Accounts Department", addr="billing@inv-secure-docs.top", client="server", c=None, quote="none",
     subject="Overdue invoice #INV-20931 - final notice",
     headers=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=14.2 required=5.0")],
     body="""Dear customer,

Your invoice #INV-20931 is overdue. Please review the attached document and proceed with payment within 48 hours to avoid legal action.""",
     topics=[], a="i", why="spam",
     cl=[("r", "Your invoice #INV-20931 is overdue."), ("r", "Please review the attached document and proceed with payment within 48 hours to avoid legal action.")]),

dict(slug="sms-mdp-et-formation-gmail", name="Jordan", addr="jordan.mtz@gmail.com", client="gmail_mobile", c=9,
     body="""mdp oublié + jtrouv pa la formation sur le site""",
     a="r", why="no clue on the account (gmail) -> other: forgotten password and cannot find the course",
     cl=[("fp", "mdp oublié"), ("fc", "+ jtrouv pa la formation sur le site")]),

dict(slug="sms-cmt-on-se-connecte", name="Loïc Peyrard", addr="loic.peyrard@ac-grenoble.fr", client="samsung", c=0,
     body="""cmt on se connect svp""",
     a="r", why="academic, asks how to log in",
     cl=[("l", "cmt on se connect svp")]),

dict(slug="uga-formatrice-longue-plusieurs-questions", name="Danièle Fontaine", addr="daniele.fontaine@univ-grenoble-alpes.fr", client="thunderbird", c=11, fmt="alt",
     body="""Bonjour,

Je suis ingénieure pédagogique au SAPIENS de l'UGA et je fais partie des stagiaires de la formation sur l'hybridation. J'ai réussi à me connecter par le guichet de l'UGA mais je ne vois pas la formation dans ma liste.

J'aurais aussi voulu savoir jusqu'à quand le parcours restera ouvert : je voudrais réutiliser certaines ressources avec mes collègues au second semestre, est-ce autorisé ?

Merci d'avance,""",
     sig="Danièle Fontaine\nSAPIENS - Université Grenoble Alpes",
     a="e", why="find course (guide) plus closing date and reuse of resources (human)",
     cl=[("g", "Bonjour,"), ("c", "Je suis ingénieure pédagogique au SAPIENS de l'UGA et je fais partie des stagiaires de la formation sur l'hybridation."),
         ("c", "J'ai réussi à me connecter par le guichet de l'UGA"), ("fc", "mais je ne vois pas la formation dans ma liste."),
         ("o", "J'aurais aussi voulu savoir jusqu'à quand le parcours restera ouvert :"),
         ("o", "je voudrais réutiliser certaines ressources avec mes collègues au second semestre, est-ce autorisé ?"), ("t", "Merci d'avance,")]),

dict(slug="inspecteur-honoraire-nom-utilisateur", name="Raymond Sauvageon", addr="r.sauvageon@wanadoo.fr", client="outlook_old", c=14, cs="iso-8859-1", cte="qp",
     body="""Madame, Monsieur,

Inspecteur honoraire, j'interviens à titre bénévole sur la formation laïcité. Un compte M@gistère m'a été ouvert l'an passé, mais j'en ai oublié le nom d'utilisateur. Je vous serais obligé de m'indiquer comment le retrouver.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

R. Sauvageon""",
     a="r", why="retired inspector with a manual account, forgot username: recovery page",
     cl=[("g", "Madame, Monsieur,"), ("c", "Inspecteur honoraire, j'interviens à titre bénévole sur la formation laïcité."),
         ("c", "Un compte M@gistère m'a été ouvert l'an passé,"), ("fu", "mais j'en ai oublié le nom d'utilisateur."),
         ("fu", "Je vous serais obligé de m'indiquer comment le retrouver."),
         ("s", "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.")]),

dict(slug="benevole-enervee-rien-recu", name="Josette Lambert", addr="josette.lambert@free.fr", client="roundcube", c=5,
     body="""Bonjour,
Je suis bénévole dans une association d'aide aux devoirs et on m'a inscrite à cette formation. C'est n'importe quoi, on me dit que mes identifiants m'ont été envoyés par mail et je n'ai rien reçu du tout ! Comment je les obtiens ?
Josette Lambert""",
     a="r", why="volunteer (manual account), never got her identifiers; venting but the only request is answered by the recovery page",
     cl=[("g", "Bonjour,"), ("c", "Je suis bénévole dans une association d'aide aux devoirs et on m'a inscrite à cette formation."),
         ("s", "C'est n'importe quoi,"), ("fu", "on me dit que mes identifiants m'ont été envoyés par mail et je n'ai rien reçu du tout !"),
         ("fu", "Comment je les obtiens ?")],
     topics=["fu", "fp"]),

dict(slug="etudiante-anxieuse-exclue-master", name="Amandine Roche", addr="amandine.roche@etu.univ-grenoble-alpes.fr", client="iphone", c=7, fmt="alt", cte="qp",
     body="""Bonjour, j'ai oublié le mot de passe de mon compte étudiant et j'ai très peur : si je ne fais pas la formation tuteur avant la fin du mois, est-ce que je risque d'être exclue du dispositif du master ? Merci de me répondre vite""",
     a="e", why="forgotten password (guide) with a worried question about consequences for her master (human)",
     cl=[("g", "Bonjour,"), ("fp", "j'ai oublié le mot de passe de mon compte étudiant"),
         ("o", "et j'ai très peur : si je ne fais pas la formation tuteur avant la fin du mois, est-ce que je risque d'être exclue du dispositif du master ?"),
         ("o", "Merci de me répondre vite")]),

dict(slug="invite-doit-changer-mdp-premiere-connexion", name="Claire Audibert", addr="claire.audibert@vicat.fr", client="outlook", c=9, fmt="alt",
     body="""Bonjour,

Responsable sécurité chez Vicat, je me connecte par « Connexion directe à M@gistère » avec les codes reçus. Après validation, un message dit « Vous devez changer votre mot de passe pour continuer » et le formulaire refuse tous ceux que je propose. Quelles sont les règles attendues ?

Merci""",
     sig="Claire Audibert",
     a="e", why="forced password change with unknown rules at first login: not covered by the guide",
     cl=[("g", "Bonjour,"), ("c", "Responsable sécurité chez Vicat, je me connecte par « Connexion directe à M@gistère » avec les codes reçus."),
         ("l", "Après validation, un message dit « Vous devez changer votre mot de passe pour continuer » et le formulaire refuse tous ceux que je propose."),
         ("o", "Quelles sont les règles attendues ?"), ("t", "Merci")]),

dict(slug="ok-merci", name="Franck Tissot", addr="franck.tissot@ac-grenoble.fr", client="iphone", c=15,
     body="""Ok merci""",
     topics=[], a="i", why="acknowledgement, nothing to answer",
     cl=[("c", "Ok"), ("t", "merci")]),

dict(slug="conge-formation-etranger-telephone", name="Émeline Caillat", addr="emeline.caillat@ac-grenoble.fr", client="outlook_mobile", c=17, fmt="alt",
     body="""Bonjour,
Je suis actuellement à l'étranger et je n'ai que mon téléphone. Comment est-ce que je me connecte à M@gistère avec mon compte académique ?
Merci""",
     a="r", why="academic, asks how to log in (a phone browser is enough per the prerequisites)",
     cl=[("g", "Bonjour,"), ("c", "Je suis actuellement à l'étranger et je n'ai que mon téléphone."),
         ("l", "Comment est-ce que je me connecte à M@gistère avec mon compte académique ?"), ("t", "Merci")]),

dict(slug="invite-changement-adresse", name="Thomas Giraudon", addr="thomas.giraudon@proton.me", client="thunderbird", c=21,
     body="""Bonjour,

Mon compte invité M@gistère est rattaché à mon ancienne adresse (t.giraudon@numericable.fr), qui n'existe plus. Pouvez-vous le mettre à jour avec cette nouvelle adresse ? Sinon je ne pourrai pas récupérer mon mot de passe.

Merci,
Thomas Giraudon""",
     a="e", why="guest account registered with a dead address: an administrator must update it",
     cl=[("g", "Bonjour,"), ("c", "Mon compte invité M@gistère est rattaché à mon ancienne adresse (t.giraudon@numericable.fr), qui n'existe plus."),
         ("o", "Pouvez-vous le mettre à jour avec cette nouvelle adresse ?"), ("fp", "Sinon je ne pourrai pas récupérer mon mot de passe."),
         ("t", "Merci,")]),

dict(slug="rappel-telephone-et-connexion", name="Gisèle Bourdon", addr="gisele.bourdon@ac-grenoble.fr", client="orange", c=10,
     body="""Bonjour,

Je n'arrive pas à me connecter. Pourriez-vous m'appeler au 06 12 34 56 78 ? Je suis disponible le mercredi après-midi.

Merci
Gisèle Bourdon""",
     a="e", why="login problem, but she asks for a phone call: a human must do it",
     cl=[("g", "Bonjour,"), ("l", "Je n'arrive pas à me connecter."), ("o", "Pourriez-vous m'appeler au 06 12 34 56 78 ?"),
         ("c", "Je suis disponible le mercredi après-midi."), ("t", "Merci")]),

dict(slug="samsung-usmb-narrive-pas", name="Baptiste Morel", addr="baptiste.morel@etu.univ-smb.fr", client="samsung", c=11,
     body="""jnarrive pa a me connecter avec mon compte usmb sur magistere""",
     a="r", why="USMB student, cannot log in: university login section",
     cl=[("l", "jnarrive pa a me connecter avec mon compte usmb sur magistere")]),

dict(slug="mdp-ok-identifiant-non-parcours", name="Florian Jacob", addr="florian.jacob@ac-grenoble.fr", client="gmail", c=20, fmt="alt",
     body="""Bonjour,

Je connais mon mot de passe (c'est le même que pour la messagerie) mais je ne retrouve pas mon identifiant exact. Et ensuite, comment accéder à la formation sur le climat scolaire ?

Merci,
Florian""",
     a="r", why="academic, forgotten identifier and how to reach the course: section A and step 3",
     cl=[("g", "Bonjour,"), ("c", "Je connais mon mot de passe (c'est le même que pour la messagerie)"),
         ("fu", "mais je ne retrouve pas mon identifiant exact."), ("fc", "Et ensuite, comment accéder à la formation sur le climat scolaire ?"),
         ("t", "Merci,")]),

dict(slug="outlookcom-html-invite-erreur-et-mdp", name="Nadège Vincent", addr="nadege.vincent@outlook.fr", client="owa", c=3, fmt="html",
     body="""Bonjour,

Je suis psychologue dans une association partenaire du programme pHARe. Quand je me connecte par « Connexion directe », j'ai une erreur « Connexion invalide ». Je crois que j'ai oublié mon mot de passe, comment en obtenir un nouveau ?

Cordialement,
Nadège Vincent""",
     a="r", why="partner with a manual account, login error, thinks password forgotten: recovery link",
     cl=[("g", "Bonjour,"), ("c", "Je suis psychologue dans une association partenaire du programme pHARe."),
         ("l", "Quand je me connecte par « Connexion directe », j'ai une erreur « Connexion invalide »."),
         ("fp", "Je crois que j'ai oublié mon mot de passe, comment en obtenir un nouveau ?"), ("g", "Cordialement,")]),
]
