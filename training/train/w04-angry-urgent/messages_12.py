from msg import M

MESSAGES = [
M("trois-en-un-neo-titulaire-caps", "Alexis Brémond", "alexis.bremond@ac-grenoble.fr", "2026-11-27 22:30", "gmail", "reply",
  "néo-titulaire agacé : identifiant, connexion et parcours, tous couverts par le guide",
  """{g:Bonsoir,}

{c:Je suis néo-titulaire et c'est la PREMIERE fois qu'on me demande d'utiliser M@gistère, sans aucune explication.} {un:Je ne sais pas quel est mon identifiant,} {lg:je ne sais pas sur quel bouton cliquer,} {fc:et je ne sais pas où est la formation.} {c:Ça commence bien.}""",
  course=13, fmt="alt", cte="quoted-printable", sig="Alexis Brémond\nProfesseur d'EPS stagiaire"),

M("mdp-et-parcours-sarcastique", "Valérie Mounier", "valerie.mounier@ac-grenoble.fr", "2026-11-24 13:00", "outlook", "reply",
  "ironie, mais deux questions du guide : mot de passe puis parcours",
  """{s:Encore un mot de passe à retenir, quelle joie.} {pw:Je ne sais pas lequel utiliser pour M@gistère, ça ne marche ni avec celui de Pronote ni avec celui de l'ENT.} {fc:Et une fois entrée, où je trouve la formation ?}""",
  course=4, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="V. Mounier"),

M("rgpd-donnees-question", "Frédérique Lamy", "frederique.lamy@ac-grenoble.fr", "2026-11-26 16:30", "thunderbird", "escalate",
  "question sur l'utilisation de ses données personnelles : hors guide",
  """{g:Bonjour,}

{o:Avant de me connecter, je souhaite savoir quelles données personnelles la plateforme M@gistère collecte sur mon activité et qui y a accès.} {o:Mon chef d'établissement pourra-t-il voir mon temps de connexion ?}""",
  course=12, sig="Frédérique Lamy\nProfesseure de SES"),

M("anxieuse-pas-recu-le-mail-du-guide", "Christelle Paris", "christelle.paris@ac-grenoble.fr", "2026-11-20 14:00", "iphone", "reply",
  "inquiète, ne sait pas comment se connecter ni trouver le parcours",
  """{g:Bonjour,}
{c:Je suis un peu stressée, je n'ai jamais fait de formation en ligne.} {lg:Comment est-ce que je me connecte ?} {fc:Et comment je trouve ensuite la formation ?} {c:Je suis désolée si c'est évident.}
{t:Merci}""",
  course=5, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("uga-delegue-dsi-ferme", "Olivier Sarret", "olivier.sarret@univ-grenoble-alpes.fr", "2026-11-28 19:30", "zimbra", "escalate",
  "personnel UGA dont le compte est bloqué : l'établissement est fermé le week-end, il demande une solution de contournement",
  """{g:Bonjour,}

{pw:Mon compte UGA est bloqué (mot de passe expiré)} {c:et la DSI est fermée jusqu'à lundi.} {o:Est-il possible d'avoir un compte invité M@gistère provisoire pour commencer la formation ce week-end ?}""",
  course=15, fmt="alt", cte="quoted-printable", sig="Olivier Sarret\nPRAG, UFR STAPS"),

M("clos-merci-avec-question-rhetorique", "Mireille Brun", "mireille.brun@orange.fr", "2026-11-29 09:00", "orange", "ignore",
  "clôt : a récupéré ses identifiants, remerciement",
  """{g:Bonjour,}
{c:J'ai reçu le courriel avec mon nom d'utilisateur et un nouveau mot de passe, tout fonctionne.} {t:Merci pour votre réactivité.}""",
  course=13, cs="iso-8859-1", cte="quoted-printable", sig="Mireille Brun"),

M("capitales-bouton-violet-aca", "Jean-Claude Rivière", "jean-claude.riviere@ac-grenoble.fr", "2026-11-25 19:00", "zimbra_gt", "reply",
  "majuscules : professeur de l'académie qui a pris le bouton violet ; étape 2 académique",
  """{lg:POURQUOI ON ME DEMANDE DE CHOISIR UNE UNIVERSITE ??? JE SUIS PROF DE COLLEGE !!} {lg:COMMENT JE ME CONNECTE ?}""",
  course=10, sig="JC RIVIERE"),

M("fwd-gmail-mari-aide", "Delphine Ravel", "d.ravel.perso@gmail.com", "2026-11-21 18:15", "gmail", "reply",
  "professeure de l'académie qui transfère depuis sa Gmail : ne trouve pas l'identifiant",
  """{g:Bonjour,}

{c:Je vous transfère l'invitation depuis ma boîte perso.} {c:Je suis professeure des écoles à Échirolles.} {un:Je ne connais pas mon identifiant académique, pouvez-vous m'indiquer comment le retrouver ?}

{t:Merci d'avance}""",
  course=4, profile="academic", quote="fwd_gmail", fmt="alt", cte="quoted-printable", sig="Delphine Ravel"),

M("recuperation-mail-recu-mais-lien-expire", "Anne Goubert", "anne.goubert@laposte.net", "2026-11-27 12:00", "roundcube", "escalate",
  "invitée externe : le lien de réinitialisation reçu est expiré à chaque fois ; le guide ne va pas plus loin",
  """{g:Bonjour,}

{pw:J'ai demandé un nouveau mot de passe par le lien "mot de passe oublié", j'ai bien reçu le courriel,} {pw:mais quand je clique sur le lien il me dit "ce lien a expiré" alors que je clique dans la minute.} {c:J'ai recommencé quatre fois.}""",
  course=14, cs="iso-8859-1", cte="quoted-printable", sig="Anne Goubert\nIntervenante, Alliance française"),

M("mdn-apple-receipt", "Fabien Lemaitre", "fabien.lemaitre@icloud.com", "2026-11-24 09:00", "apple", "ignore",
  "accusé de lecture",
  """{r:Ceci est un accusé de lecture pour le message envoyé à fabien.lemaitre@icloud.com.} {r:Le message a été affiché.}""",
  robot="mdn", course=7, subject="Accusé de lecture : Invitation : Le grand oral : accompagner les élèves",
  report="Reporting-UA: icloud.com; Apple Mail\nFinal-Recipient: rfc822;fabien.lemaitre@icloud.com\nOriginal-Message-ID: <invitation-2026-149@ac-grenoble.fr>\nDisposition: manual-action/MDN-sent-manually; displayed"),

M("prof-lycee-menace-abandon-parcours-trouve-pas", "Nathalie Cordier", "nathalie.cordier@ac-grenoble.fr", "2026-12-01 23:00", "outlook", "reply",
  "menace d'abandon sans demande de désinscription ; question : trouver le parcours",
  """{c:Si ce n'est pas simple, je ne le ferai pas, tant pis pour la formation.} {fc:Je suis sur la page d'accueil de M@gistère et il n'y a pas la formation IA. Elle est où ?}""",
  course=20, fmt="alt", cte="quoted-printable", sig="N. Cordier"),

M("debutant-login-mdp-sur-smartphone", "Anthony Lopez", "anthony.lopez@ac-grenoble.fr", "2026-11-30 14:20", "samsung", "reply",
  "agent de l'académie sur smartphone : mot de passe et page de connexion",
  """{g:Bonjour}
{c:Je suis agent d'accueil au lycée, pas très doué avec tout ça.} {pw:Je ne sais pas mon mot de passe pour magistere} {lg:et je trouve pas où on se connecte sur le téléphone}""",
  course=17, cte="quoted-printable"),

M("double-compte-aca-et-invite-choix", "Isabelle Roussel", "isabelle.roussel@ac-grenoble.fr", "2026-11-26 12:12", "owa", "reply",
  "a reçu un nom d'utilisateur invité alors qu'elle a un compte académique : quel compte utiliser (étape 2)",
  """{g:Bonjour,}
{c:J'ai reçu un mail avec un nom d'utilisateur M@gistère, mais je suis professeure de l'académie.} {lg:Je dois me connecter avec ce nom d'utilisateur ou avec mon compte académique ?}
{t:Merci}""",
  course=11, fmt="html", cte="quoted-printable", sig="Isabelle Roussel"),

M("invite-anglais-partner", "Oliver Grant", "oliver.grant@british-council.org", "2026-11-28 10:00", "gmail", "reply",
  "partenaire étranger (compte invité) écrivant en anglais : ne trouve pas comment se connecter",
  """{g:Hello,}

{c:I'm a partner trainer from the British Council for the oral skills course.} {lg:I received a username and password but I can't figure out where to log in on the M@gistère page.}

{t:Many thanks,}""",
  course=14, fmt="alt", cte="quoted-printable", sig="Oliver Grant\nBritish Council France"),

M("aesh-retenue-salaire-peur", "Carla Mendes", "carla.mendes@ac-grenoble.fr", "2026-11-25 18:45", "gmail_mobile", "escalate",
  "craint une sanction si elle ne suit pas la formation : question hors guide",
  """{g:Bonjour}
{c:Je n'arrive pas à me connecter depuis 3 jours.} {o:Est-ce que je vais avoir une retenue sur salaire si je ne fais pas la formation ?} {c:Je suis très inquiète}""",
  course=9, tagline="", fmt="alt", cte="quoted-printable", topics=["login"]),

M("agace-guichet-liste-longue", "Florent Delage", "florent.delage@univ-grenoble-alpes.fr", "2026-11-29 09:45", "outlook", "reply",
  "personnel UGA agacé par la longue liste de guichets : étape 2 enseignement supérieur",
  """{lg:La liste des guichets fait 200 lignes, lequel est celui de l'UGA ?} {c:Vous pourriez le préciser dans votre mail.}""",
  course=15, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="F. Delage\nIGE, UGA"),

M("ack-syndic-autoreply", "Accueil Collège Jean Moulin", "accueil.jeanmoulin@ville-voiron.fr", "2026-11-26 11:50", "outlook", "ignore",
  "réponse automatique de boîte d'accueil (horaires)",
  """{r:Merci pour votre message.} {r:Nos bureaux sont ouverts du lundi au vendredi, de 8h30 à 12h et de 13h30 à 17h.} {r:Ce message est envoyé automatiquement.}""",
  robot="ack", course=13, subject="Réponse automatique : Invitation : Accompagner les néo-titulaires en EPS",
  headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied")]),

M("illisible-telephone-dictee", "Bruno Allard", "bruno.allard@ac-grenoble.fr", "2026-11-24 18:05", "iphone", "escalate",
  "dictée vocale incompréhensible : on ne sait pas ce qu'il demande",
  """{u:Oui alors bonjour c'est pour le truc de la formation là je sais pas si c'est bon point d'interrogation} {u:je vous rappelle}""",
  course=8, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("prof-ecole-tout-essaye-ordi-ecole", "Maryse Dumoulin", "maryse.dumoulin@ac-grenoble.fr", "2026-12-02 12:30", "zimbra", "escalate",
  "la connexion est bloquée sur l'ordinateur de l'école (filtrage réseau) : problème technique hors guide",
  """{g:Bonjour,}

{lg:Sur l'ordinateur de l'école, la page M@gistère ne s'ouvre pas : "accès bloqué par le filtrage".} {c:Chez moi ça fonctionne.} {o:Pouvez-vous faire débloquer le site pour l'école ?}""",
  course=19, sig="Maryse Dumoulin\nDirectrice, école primaire de Pont-de-Claix"),

M("iso-outlook-secretaire-mdp-id", "Josiane Favier", "josiane.favier@ac-grenoble.fr", "2026-12-01 08:30", "outlook", "reply",
  "gestionnaire de l'académie qui a oublié identifiant et mot de passe : sections A et B",
  """{g:Bonjour,}

{un:Je n'ai plus mon identifiant en tête} {pw:et mon mot de passe non plus,} {c:je me connecte d'habitude par des raccourcis enregistrés.}

{t:Merci pour votre aide.}""",
  course=17, cs="iso-8859-1", cte="8bit", fmt="plain", sig="Josiane Favier\nGestionnaire, collège de Moirans"),

M("ha-ha-enfin-connecte", "Lucas Bernard", "lucas.bernard@ac-grenoble.fr", "2026-11-27 18:30", "thunderbird", "ignore",
  "clôt : a réussi après plusieurs essais",
  """{c:Ha ! Enfin connecté et dans la formation.} {c:Fausse alerte pour mon message de midi.}""",
  course=10, sig="Lucas"),

M("demande-lien-direct-parcours", "Agathe Morin", "agathe.morin@ac-grenoble.fr", "2026-11-24 16:10", "gmail", "reply",
  "veut un lien direct vers la formation : le guide explique comment la rejoindre depuis la page d'accueil",
  """{g:Bonjour,}

{fc:Pouvez-vous m'envoyer le lien direct vers la formation ?} {c:Je n'arrive pas à la retrouver sur la page d'accueil, j'ai juste des actualités.}

{t:Merci}""",
  course=8, fmt="alt", cte="quoted-printable", sig="Agathe Morin"),

M("aesh-deux-employeurs", "Fanny Rolland", "fanny.rolland@ac-grenoble.fr", "2026-11-25 20:00", "iphone", "reply",
  "AESH qui ne sait pas si elle doit passer par le compte académique : étape 2",
  """{g:Bonsoir}
{c:Je suis AESH, payée par l'académie je crois.} {lg:Est-ce que je dois me connecter avec le bouton des personnels de l'académie ?}
{t:Merci}""",
  course=9, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("colere-rdv-medical-presentiel", "Ludivine Perraud", "ludivine.perraud@ac-grenoble.fr", "2026-11-30 07:40", "outlook_mobile", "escalate",
  "demande de justificatif et de rattrapage pour une séance présentielle manquée : hors guide",
  """{o:J'ai raté la séance de ce matin pour un rendez-vous médical que je ne pouvais pas décaler.} {o:Comment je rattrape et à qui j'envoie mon justificatif ?}""",
  course=6),

M("sarcasme-parcours-identifiant-guide-pdf", "Damien Vergnes", "damien.vergnes@ac-grenoble.fr", "2026-11-23 12:30", "owa", "reply",
  "ironique ; deux questions du guide : identifiant oublié et parcours",
  """{s:Merci pour le PDF de 6 pages, je l'ai encadré.} {un:Pouvez-vous simplement me dire comment je retrouve mon identifiant ?} {fc:Et où se trouve la formation une fois dedans ?}""",
  course=3, fmt="html", cte="quoted-printable", sig="D. Vergnes"),

M("deja-fait-bouton-direct-nom-utilisateur-inconnu", "Patrick Lenoir", "patrick.lenoir@outlook.fr", "2026-11-30 21:20", "outlook", "escalate",
  "invité externe : la récupération du nom d'utilisateur répond qu'aucun compte n'existe pour son adresse ; au-delà du guide",
  """{g:Bonjour,}

{un:J'ai utilisé "Nom d'utilisateur ou mot de passe oublié ?" avec mon adresse patrick.lenoir@outlook.fr.} {un:La page répond qu'aucun utilisateur ne correspond.} {o:Sous quelle adresse mon compte a-t-il été créé ?}

{t:Merci}""",
  course=13, fmt="alt", cte="quoted-printable", sig="Patrick Lenoir\nEntraîneur, comité départemental d'athlétisme"),

M("merci-d-avance-rien-d-autre", "Sabine Mercier", "sabine.mercier@ac-grenoble.fr", "2026-11-26 09:15", "zimbra", "escalate",
  "message vide de sens (seulement « merci d'avance ») : on ne sait pas ce qu'elle veut",
  """{t:Merci d'avance.}""",
  course=12, sig="S. Mercier"),
]
