from msg import M

MESSAGES = [
M("uga-mcf-furieux-guichet-deja", "Éric Lavoine", "eric.lavoine@univ-grenoble-alpes.fr", "2026-11-28 09:20", "thunderbird", "escalate",
  "enseignant UGA : a suivi le guide (bouton violet, guichet UGA) et obtient une erreur d'attribut ; au-delà du guide",
  """{c:Je suis le guide à la lettre :} {lg:bouton violet, SUPIDP - Université Grenoble Alpes, identifiant et mot de passe UGA, et j'obtiens "Erreur : attributs manquants (eduPersonPrincipalName)".} {c:Je n'ai pas que ça à faire.} {o:Qui gère ce problème, vous ou la DSI ?}""",
  course=15, sig="Éric Lavoine\nMaître de conférences en chimie, UGA"),

M("etu-uga-mdp-oublie-et-parcours", "Jade Bertrand", "jade.bertrand@etu.univ-grenoble-alpes.fr", "2026-12-01 19:45", "gmail_mobile", "reply",
  "étudiante UGA : mot de passe oublié (voir l'établissement) et où trouver le parcours",
  """{g:Bonsoir,}
{pw:j'ai oublié mon mot de passe de l'université} {fc:et je ne sais pas non plus où sera la formation quand je serai connectée}
{t:merci beaucoup}""",
  course=16, tagline="", fmt="alt", cte="quoted-printable"),

M("smb-personnel-quel-bouton", "Richard Dumont", "richard.dumont@univ-smb.fr", "2026-11-28 11:11", "outlook", "reply",
  "personnel USMB qui ne sait pas quel bouton de connexion utiliser",
  """{g:Bonjour,}

{lg:Pour un personnel de l'Université Savoie Mont Blanc, quelle est la procédure de connexion à M@gistère ?}

{t:Cordialement,}""",
  course=15, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Richard Dumont\nIngénieur d'études, DAPI - USMB"),

M("sarcasme-enfin-trouve-mais-vide", "Aude Ferrier", "aude.ferrier@ac-grenoble.fr", "2026-11-24 21:15", "zimbra", "escalate",
  "a trouvé le parcours mais il est vide : contenu du cours, hors guide",
  """{s:Bravo, après une heure j'ai trouvé le parcours.} {o:Il est vide.} {o:Aucune activité, aucun document, rien.} {o:C'est normal ou c'est encore un bug ?}""",
  course=1, sig="A. Ferrier"),

M("panique-erreur-frappe-mail", "Lucette Borel", "lucette.borel@orange.fr", "2026-11-25 10:25", "orange", "reply",
  "bénévole (compte manuel) qui pense avoir mal tapé son nom d'utilisateur, ne sait plus lequel",
  """{g:Bonjour,}

{c:Je vous prie de m'excuser, je suis très maladroite avec l'ordinateur.} {un:Je ne sais plus si mon nom d'utilisateur est lborel ou lucette.borel, j'ai perdu le papier où je l'avais noté.}

{t:Merci de votre gentillesse}""",
  thread=False, course=9, cs="iso-8859-1", cte="quoted-printable", sig="Lucette Borel\nBénévole, association Coup de Pouce"),

M("cpe-urgent-conseil-discipline", "Karim Belhadj", "karim.belhadj@ac-grenoble.fr", "2026-11-23 12:50", "iphone", "reply",
  "pressé, mot de passe et connexion : sections B et étape 2",
  """{c:Conseil de discipline cet après-midi, je n'ai que 5 minutes.} {pw:Mot de passe oublié.} {lg:Et c'est quel bouton déjà ?}""",
  course=4, tagline="Envoyé de mon iPhone", cte="quoted-printable", sig="K. Belhadj, CPE"),

M("mdn-outlook-non-lu-supprime", "Arlette Brochier", "arlette.brochier@ac-grenoble.fr", "2026-11-30 09:30", "outlook", "ignore",
  "notification de suppression sans lecture (MDN)",
  """{r:Votre message}
{r:  Objet : Invitation : Tuteurs de stagiaires MEEF}
{r:a été supprimé sans avoir été lu le lundi 30 novembre 2026 09:00:14.}""",
  robot="mdn", course=16, subject="Non lu : Invitation : Tuteurs de stagiaires MEEF",
  report="Reporting-UA: OUTLOOK; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;arlette.brochier@ac-grenoble.fr\nDisposition: manual-action/MDN-sent-manually; deleted"),

M("colere-pas-de-reponse-chef", "Sandrine Michaud", "sandrine.michaud@ac-grenoble.fr", "2026-11-27 19:10", "outlook", "escalate",
  "plainte : le chef d'établissement impose la formation et refuse une décharge ; demande d'intervention",
  """{g:Madame, Monsieur,}

{o:Mon principal m'impose cette formation mais refuse de me libérer une heure pour la suivre.} {o:Pouvez-vous m'indiquer si je peux la faire sur mon temps de service ?} {o:Et à qui je m'adresse pour faire valoir ce droit ?}""",
  course=12, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Sandrine Michaud\nProfesseure de technologie"),

M("aed-ne-sait-meme-pas-ce-quest", "Dylan Girod", "dylan.girod@gmail.com", "2026-11-21 16:20", "gmail", "reply",
  "AED de l'académie écrivant de Gmail : ne sait pas se connecter ni ce qu'est son identifiant",
  """{g:Bonjour,}

{c:Je suis AED au collège du Moucherotte depuis septembre.} {un:Je ne sais pas ce que c'est mon identifiant académique} {lg:ni comment on se connecte à M@gistère.} {c:Personne ne m'a expliqué.}

{t:Merci}""",
  course=5, profile="academic", fmt="alt", cte="quoted-printable", sig="Dylan"),

M("fwd-outlook-perso-vers-eafc", "Corinne Gay", "corinne.gay@hotmail.fr", "2026-11-26 18:30", "outlook", "reply",
  "professeure de l'académie qui transfère depuis Hotmail : identifiant académique oublié",
  """{g:Bonjour,}

{c:Je vous transfère votre message depuis ma boîte personnelle car je n'ai plus accès à ma messagerie académique.} {un:J'ai oublié mon identifiant académique.} {un:Comment le retrouver ?}

{t:Merci}""",
  course=11, profile="academic", quote="fwd_outlook", fmt="alt", cte="quoted-printable",
  sig="Corinne Gay\nProfesseure des écoles, école Vaucanson"),

M("ignore-reussi-emojis", "Léna Costa", "lena.costa@ac-grenoble.fr", "2026-11-29 12:00", "iphone", "ignore",
  "clôt la demande (réussi), avec émojis",
  """{c:C'est bon j'ai trouvé !!} {t:Merci 🙏😊}""",
  course=14, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("debutante-tablette-ecran-petit", "Renée Collet", "renee.collet@sfr.fr", "2026-11-25 14:50", "samsung", "reply",
  "intervenante externe (compte manuel) qui ne trouve pas le bouton de connexion directe sur sa tablette",
  """{g:Bonjour}
{c:Je suis intervenante extérieure, j'ai reçu mes identifiants.} {lg:Sur ma tablette je ne vois pas le bouton "connexion directe" dont parle le guide, il faut descendre ?}
{c:Excusez-moi je ne suis pas douée}""",
  course=8, cte="base64"),

M("inscription-erreur-pas-moi", "Martial Roche", "martial.roche@ac-grenoble.fr", "2026-11-23 14:20", "zimbra_gt", "escalate",
  "pense être inscrit par erreur (homonyme) : hors guide",
  """{g:Bonjour,}

{o:Je pense qu'il y a une erreur : je suis professeur d'EPS et je reçois une invitation pour une formation de mathématiques cycle 3.} {o:N'est-ce pas un homonyme ?}""",
  course=6, sig="Martial Roche\nProfesseur d'EPS, collège de Pontcharra"),

M("suite-de-message-bis-parcours", "Valentin Cuny", "valentin.cuny@ac-grenoble.fr", "2026-12-01 10:30", "gmail", "reply",
  "deuxième message après avoir réglé sa connexion : cherche maintenant le parcours",
  """{g:Re-bonjour,}

{c:Pour la connexion c'est bon, c'était une faute de frappe.} {fc:Par contre je ne trouve pas le parcours "Éducation au développement durable", où est-il ?}

{t:Merci}""",
  course=18, fmt="alt", cte="quoted-printable", sig="Valentin Cuny\nProfesseur de SVT, éco-délégués"),

M("aesh-appel-larmes", "Fatoumata Keita", "fatoumata.keita@ac-grenoble.fr", "2026-11-26 21:30", "gmail_mobile", "escalate",
  "détresse, demande un rendez-vous ou qu'on l'aide par téléphone : hors guide",
  """{c:Bonsoir je suis AESH et ça fait des jours que j'essaie et je pleure} {lg:je n'arrive pas à entrer sur le site} {o:est-ce que quelqu'un peut m'aider par téléphone ou je peux venir quelque part}""",
  course=9, tagline="", fmt="alt", cte="quoted-printable"),

M("roundcube-bottom-mdp", "Philippe Roussillon", "philippe.roussillon@free.fr", "2026-11-25 11:40", "roundcube", "reply",
  "intervenant externe (compte manuel) répondant sous la citation : mot de passe oublié",
  """{g:Bonjour,}
{pw:J'ai oublié le mot de passe de mon compte M@gistère.} {pw:Comment en obtenir un nouveau ?}
{t:Merci}""",
  course=8, quote="bottom", cs="iso-8859-1", cte="quoted-printable", sig="P. Roussillon\nSapeur-pompier volontaire, formateur SST"),

M("annule-ma-participation", "Ghislaine Gros", "ghislaine.gros@ac-grenoble.fr", "2026-11-28 08:00", "outlook", "escalate",
  "annule sa participation (mutation) : hors guide",
  """{g:Bonjour,}

{o:Je quitte l'académie au 1er décembre (mutation en Guadeloupe), merci d'annuler mon inscription.}

{t:Cordialement,}""",
  course=13, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Ghislaine Gros"),

M("deux-messages-en-un-prof-prive", "Hervé Chabert", "herve.chabert@ensemble-scolaire-notre-dame.fr", "2026-11-19 12:00", "outlook", "reply",
  "enseignant du privé sous contrat (compte académique) : identifiant puis mot de passe",
  """{g:Bonjour,}

{c:Enseignant en lycée privé sous contrat, on m'a dit que j'avais un identifiant académique.} {un:Je ne le connais pas.} {pw:Et je n'ai donc pas de mot de passe non plus.}

{t:Merci pour votre aide.}""",
  course=3, profile="academic", fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Hervé Chabert"),

M("ooo-owa-english-automatic", "Claire Whitmore", "claire.whitmore@univ-grenoble-alpes.fr", "2026-11-27 14:31", "owa", "ignore",
  "réponse automatique Exchange en anglais",
  """{r:I am out of the office until 7 December with limited access to email.} {r:For urgent matters please contact the department secretary.}""",
  robot="oof", course=15, subject="Automatic reply: Invitation : Pédagogie universitaire : concevoir un cours hybride",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "claire.whitmore@univ-grenoble-alpes.fr")]),

M("ironie-formation-numerique-mdp", "Sylvain Achard", "sylvain.achard@ac-grenoble.fr", "2026-11-27 09:00", "thunderbird", "reply",
  "ironie sur une formation au numérique inaccessible ; question : mot de passe oublié",
  """{s:Une formation pour développer nos compétences numériques, à laquelle on ne peut pas se connecter : il y a de l'humour à l'EAFC.} {pw:Mon mot de passe académique est refusé, comment le réinitialiser ?}""",
  course=12, sig="S. Achard"),

M("deux-parcours-meme-nom", "Mélodie Pascal", "melodie.pascal@ac-grenoble.fr", "2026-11-29 16:40", "owa", "escalate",
  "voit deux parcours du même nom et ne sait pas lequel est le sien : le guide ne tranche pas",
  """{g:Bonjour,}

{fc:Dans ma liste il y a deux parcours "Enseigner l'oral en langues vivantes" (un de 2025 et un de 2026).} {o:Lequel dois-je suivre ? Le premier semble être celui de l'an dernier mais il est encore ouvert.}

{t:Merci}""",
  course=14, fmt="html", cte="quoted-printable", sig="Mélodie Pascal"),

M("mairie-educateur-sportif", "Sébastien Jacquemoud", "s.jacquemoud@ville-chambery.fr", "2026-11-28 08:40", "outlook", "reply",
  "éducateur sportif municipal (compte invité) : identifiants jamais reçus et connexion",
  """{g:Bonjour,}

{c:Éducateur sportif de la ville de Chambéry, j'interviens avec les néo-titulaires EPS.} {un:Je n'ai jamais reçu de nom d'utilisateur} {lg:et je ne sais pas comment me connecter.}

{t:Cordialement,}""",
  course=13, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Sébastien Jacquemoud\nService des sports, Ville de Chambéry"),

M("yahoo-colere-recu-2-invitations", "Gérald Mathon", "gerald.mathon@yahoo.fr", "2026-11-30 15:15", "yahoo", "escalate",
  "reçoit deux invitations contradictoires (dates) : demande d'explication hors guide",
  """{g:Bonjour,}
{o:J'ai reçu deux invitations pour la même formation, l'une dit ouverture le 8 décembre, l'autre le 15.} {o:Laquelle est la bonne ?} {c:Vous pourriez vous coordonner.}""",
  course=16, fmt="alt", cte="quoted-printable", sig="G. Mathon"),

M("vieux-monsieur-numen-maj", "André Poulain", "andre.poulain@ac-grenoble.fr", "2026-11-26 10:00", "zimbra", "reply",
  "ne sait pas s'il faut les majuscules dans le NUMEN utilisé comme mot de passe : section B",
  """{g:Bonjour,}

{c:Pardonnez ma question de débutant.} {pw:Mon mot de passe est mon NUMEN, mais il contient des lettres : je les tape en majuscules ou en minuscules ?}

{t:Avec mes remerciements,}""",
  course=11, sig="André Poulain\nProfesseur de lettres, lycée du Granier"),
]
