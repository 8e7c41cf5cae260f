from msg import M

MESSAGES = [
M("uga-vacataire-quel-compte", "Maxime Deloche", "maxime.deloche@gmail.com", "2026-11-28 10:30", "gmail", "reply",
  "vacataire à l'UGA écrivant de Gmail, se connecte avec son compte UGA : ne sait pas quel identifiant utiliser",
  """{g:Bonjour,}

{c:Je suis chargé de TD vacataire à l'UGA (département de psychologie).} {un:Je ne sais pas quel identifiant utiliser pour la formation : celui de l'UGA, ou faut-il un compte spécial ?} {lg:Et par quel bouton passer ?}

{t:Merci beaucoup,}""",
  course=15, profile="university", fmt="alt", cte="quoted-printable", sig="Maxime Deloche"),

M("stressee-ne-pas-rater", "Océane Brunel", "oceane.brunel@ac-grenoble.fr", "2026-11-24 07:40", "iphone", "reply",
  "néo-titulaire stressée, ne sait pas comment se connecter : étape 2 académique",
  """{g:Bonjour,}
{c:Je suis professeure stagiaire et j'ai peur de rater le début de la formation.} {lg:Pouvez-vous me dire comment me connecter à M@gistère exactement ?} {c:Je suis désolée si c'est écrit quelque part et que je ne l'ai pas vu.}
{t:Merci beaucoup}""",
  course=6, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("colere-boite-spam", "Lionel Savoye", "lionel.savoye@ac-grenoble.fr", "2026-11-24 12:02", "zimbra", "escalate",
  "plainte : invitation arrivée dans les spams, demande d'un rappel des dates : hors guide",
  """{o:Votre invitation est arrivée dans mes indésirables, je la découvre aujourd'hui alors que la partie à distance a commencé hier.} {o:Je veux savoir si je suis en retard et ce que j'ai raté.}""",
  course=1, sig="L. Savoye, collège de Tullins"),

M("html-outlook-mac-anxieuse", "Chantal Rebuffet", "chantal.rebuffet@ac-grenoble.fr", "2026-11-19 11:27", "outlook", "reply",
  "très inquiète, identifiant académique inconnu : section A",
  """{g:Bonjour,}

{c:Je m'excuse de vous déranger pour une question qui va vous paraître idiote.} {un:Je ne sais pas quel est mon identifiant académique, je ne l'ai jamais utilisé car je consulte ma messagerie sur mon téléphone et tout est déjà enregistré.}

{t:Merci infiniment,}""",
  course=2, fmt="html", cte="quoted-printable", cs="windows-1252",
  sig="Chantal Rebuffet\nInfirmière scolaire\nCollège Gérard Philipe, Fontaine"),

M("rage-deconnecte-toutes-minutes", "Jordan Vial", "jordan.vial@ac-grenoble.fr", "2026-11-28 16:18", "gmail_mobile", "escalate",
  "bug : déconnexion permanente dans le parcours, hors guide",
  """{c:C'EST INSUPPORTABLE} {o:Je me fais déconnecter toutes les 2 minutes quand je suis dans le parcours, je perds toutes mes réponses au questionnaire.} {o:Réparez votre site !!!}""",
  course=11, tagline="", fmt="alt", cte="base64"),

M("remplacante-autre-etab", "Sabrina Lopes", "sabrina.lopes@ac-grenoble.fr", "2026-11-21 13:09", "outlook_line", "reply",
  "TZR qui ne sait pas quel identifiant est le sien (deux adresses) : section A",
  """{g:Bonjour,}

{c:Je suis TZR et j'ai eu plusieurs établissements.} {un:J'ai deux adresses académiques (slopes et sabrina.lopes) et je ne sais pas laquelle est mon identifiant pour M@gistère.}

{t:Merci d'avance.}""",
  course=5, fmt="alt", cte="quoted-printable", sig="Sabrina Lopes\nTZR Lettres - bassin grenoblois"),

M("desole-mauvais-destinataire", "Arthur Coste", "arthur.coste@ac-grenoble.fr", "2026-11-26 14:00", "thunderbird", "escalate",
  "message destiné à un collègue, sans rapport ; pas clair pour l'EAFC",
  """{u:Salut Paul, tu as vu ça ? on y va ensemble ?} {u:on en parle à la récré}""",
  course=13, sig="Arthur"),

M("roundcube-invite-nom-utilisateur", "Henri Cartier", "henri.cartier@free.fr", "2026-11-25 09:45", "roundcube", "reply",
  "intervenant externe (compte manuel) qui a oublié son nom d'utilisateur",
  """{g:Bonjour,}

{c:Je suis conférencier invité dans la formation laïcité.} {un:J'ai égaré le nom d'utilisateur que vous m'aviez envoyé.} {un:Pouvez-vous me dire comment le retrouver ?}

{t:Bien cordialement}""",
  course=10, cs="iso-8859-1", cte="quoted-printable", sig="Henri Cartier"),

M("premier-degre-directeur-desespere", "Patrice Julliard", "patrice.julliard@ac-grenoble.fr", "2026-12-01 21:05", "outlook", "reply",
  "directeur d'école épuisé mais demande guide seulement : parcours introuvable",
  """{g:Bonsoir,}

{c:Entre les évaluations nationales, les APC et la direction, je n'ai pas une minute.} {c:J'ai réussi à me connecter} {fc:mais je ne vois pas la formation "Lecture et compréhension au CP" dans mes parcours.} {fc:Où dois-je cliquer ?}

{t:Merci}""",
  course=19, cs="windows-1252", cte="8bit", fmt="alt", sig="Patrice Julliard\nDirecteur, école primaire du Bourg, Vif"),

M("ooo-laposte-absent", "Réponse automatique", "nadine.faure@laposte.net", "2026-11-25 14:00", "roundcube", "ignore",
  "message d'absence La Poste (X-Autoreply)",
  """{r:Bonjour, je suis absente jusqu'au 30 novembre.} {r:Je répondrai à votre message dès mon retour.} {r:Nadine Faure}""",
  robot="oof", course=9, subject="Absence : Invitation : Inclusion scolaire : accompagner les élèves à besoins particuliers (AESH)",
  headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")]),

M("deja-bouton-direct-mot-de-passe-invalide", "Ludovic Arnoux", "l.arnoux@arnoux-conseil.fr", "2026-11-24 15:50", "outlook", "escalate",
  "invité externe : a déjà demandé un nouveau mot de passe via le lien et il est toujours refusé ; le guide est épuisé",
  """{g:Bonjour,}

{c:Consultant intervenant sur le module harcèlement.} {pw:J'ai cliqué sur "Nom d'utilisateur ou mot de passe oublié ?", reçu un nouveau mot de passe, et la connexion directe me répond quand même "Nom d'utilisateur ou mot de passe incorrect".} {c:Je l'ai copié-collé, pas d'erreur de frappe.} {o:Pouvez-vous regarder mon compte ?}

{t:Merci}""",
  course=5, fmt="alt", cte="quoted-printable", sig="Ludovic Arnoux\nArnoux Conseil - Prévention et médiation"),

M("portable-sur-le-quai", "Inès Belkacem", "ines.belkacem@ac-grenoble.fr", "2026-11-30 07:48", "samsung", "reply",
  "sur son téléphone, ne sait pas si elle doit passer par le bouton bleu : étape 2",
  """{g:Bonjour}
{lg:Sur téléphone je ne vois pas le bouton bleu dont parle le guide,} {lg:je dois me connecter comment ?}
{t:Merci}""",
  course=7, fmt="plain", cte="8bit"),

M("desinscription-sec", "Franck Orsini", "franck.orsini@orange.fr", "2026-11-27 18:00", "orange", "escalate",
  "demande de désinscription : hors guide",
  """{o:Désinscrivez-moi. Je n'ai jamais demandé cette formation.}""",
  course=12, cs="iso-8859-1", cte="8bit", sig=""),

M("grenoble-inp-etudiant-mdp-deja-dsi", "Mathis Garnier", "mathis.garnier@grenoble-inp.org", "2026-11-30 20:40", "gmail", "escalate",
  "étudiant INP : mot de passe réinitialisé auprès de son école, connexion toujours refusée au guichet",
  """{g:Bonjour,}

{pw:J'ai réinitialisé mon mot de passe Grenoble INP avec le service informatique de l'école ce matin.} {lg:Avec le bouton violet et le guichet SUPIDP - Grenoble INP, j'ai toujours "accès refusé : votre compte n'est pas autorisé sur ce service".} {o:Je dois faire quoi ?}

{t:Merci}""",
  course=16, profile="university", fmt="alt", cte="quoted-printable", sig="Mathis Garnier - Ensimag 2A"),

M("clos-avec-remarque-guide", "Marianne Tessier", "marianne.tessier@ac-grenoble.fr", "2026-11-20 20:15", "outlook", "ignore",
  "clôt la demande avec un commentaire, rien à traiter",
  """{g:Bonsoir,}
{c:C'est bon, j'ai trouvé le parcours avec la recherche.} {s:Le guide pourrait être un peu plus visible dans le mail, mais bon.} {t:Merci}""",
  course=4, fmt="alt", cte="quoted-printable", sig="M. Tessier"),

M("ancienne-academie-mute", "Florian Besnard", "florian.besnard@ac-grenoble.fr", "2026-11-18 17:22", "zimbra", "reply",
  "muté de l'académie de Rennes, ne connaît pas son identifiant grenoblois : section A",
  """{g:Bonjour,}

{c:Je viens d'être muté depuis l'académie de Rennes.} {un:Mon ancien identifiant ne fonctionne plus et je ne sais pas quel est mon nouvel identifiant à Grenoble.}

{t:Merci pour votre aide,}""",
  course=3, sig="Florian Besnard\nPLP Génie industriel bois, LP du Bois, Mouchard"),

M("menace-rectorat", "Raymond Guillot", "raymond.guillot@ac-grenoble.fr", "2026-11-25 08:00", "outlook", "escalate",
  "plainte virulente avec menace d'en référer au rectorat : réclamation à traiter",
  """{g:Madame, Monsieur,}

{o:Voilà trois semaines que je signale que je ne peux pas accéder à cette formation, sans aucune réponse.} {o:Si je n'ai pas de solution d'ici vendredi, j'écrirai directement au recteur.} {lg:Je rappelle que je n'arrive toujours pas à me connecter.}""",
  course=2, cs="windows-1252", cte="quoted-printable", fmt="alt",
  sig="Raymond Guillot\nProfesseur agrégé de physique\nLycée Vaucanson"),

M("aide-petite-fille-ecrit", "Lucienne Martin (par sa petite-fille)", "lea.m2009@hotmail.fr", "2026-11-26 19:05", "outlook", "reply",
  "écrit pour sa grand-mère, bénévole d'association (compte manuel) : identifiants perdus",
  """{g:Bonjour,}

{c:J'écris pour ma grand-mère qui ne sait pas utiliser les mails.} {c:Elle est bénévole à l'association d'aide aux devoirs et elle est inscrite à votre formation sur les élèves allophones.} {un:Elle ne retrouve plus son nom d'utilisateur} {pw:ni son mot de passe.} {un:Comment on fait ?}

{t:Merci}""",
  course=2, sig="Léa pour Lucienne Martin"),

M("mdp-change-hier-oublie", "Virginie Payen", "virginie.payen@ac-grenoble.fr", "2026-11-27 06:35", "gmail_mobile", "reply",
  "a changé son mot de passe hier et l'a déjà oublié : section B",
  """{c:Super, j'ai changé mon mot de passe académique hier soir sur une demande de l'ENT} {pw:et évidemment je ne m'en souviens plus ce matin.} {pw:Je fais comment pour le réinitialiser ?}""",
  course=12, tagline="", fmt="alt", cte="quoted-printable"),

M("bounce-sfr-quota", "MAILER-DAEMON", "MAILER-DAEMON@sfr.fr", "2026-11-24 13:57", "outlook", "ignore",
  "non-remise : boîte pleine",
  """{r:Ce message a été créé automatiquement par le logiciel de distribution du courrier.}

{r:Votre message n'a pas pu être distribué à l'un ou plusieurs de ses destinataires :}

{r:  gerard.morel@sfr.fr}
{r:    552 5.2.2 Mailbox full / Boîte aux lettres pleine}""",
  robot="bounce", course=9, return_path="<>", subject="Echec de distribution du message", thread=False,
  orig_to="gerard.morel@sfr.fr",
  report="Reporting-MTA: dns; smtp-in.sfr.fr\n\nFinal-Recipient: rfc822; gerard.morel@sfr.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full"),

M("mutuelle-formatrice-externe-login-page", "Aline Vasseur", "aline.vasseur@mgen.fr", "2026-11-24 14:40", "outlook", "reply",
  "formatrice partenaire MGEN (compte manuel) : ne trouve pas la page de connexion",
  """{g:Bonjour,}

{c:Je suis chargée de prévention à la MGEN et j'interviens dans le module harcèlement.} {lg:Je ne trouve pas la page où je dois me connecter : l'adresse du mail m'amène sur une page avec des formations en libre accès, et c'est tout.}

{t:Merci de votre retour,}""",
  course=5, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Aline Vasseur\nMGEN Isère"),

M("combo-deja-parcours-et-question-contenu", "Benoît Reynaud", "benoit.reynaud@ac-grenoble.fr", "2026-12-02 07:30", "zimbra_gt", "escalate",
  "question de contenu du cours (nombre d'heures, quiz obligatoire) en plus de ne pas trouver le parcours",
  """{g:Bonjour,}

{fc:Je ne trouve pas le parcours dans ma page d'accueil.} {o:Et au passage : combien d'heures dure la partie à distance et le quiz final est-il obligatoire pour valider ?}

{t:Merci}""",
  course=19, fmt="alt", cte="quoted-printable", sig="B. Reynaud\nCPC circonscription de Grenoble 4"),

M("html-only-yahoo-plainte", "Dominique Favre", "dominique.favre@yahoo.fr", "2026-12-01 12:12", "yahoo", "escalate",
  "intervenante extérieure qui se plaint de ne pas être rémunérée et ne pas pouvoir se connecter",
  """{g:Bonjour,}
{o:On me demande d'intervenir bénévolement, de me former à vos outils, et en plus je ne sais toujours pas si mes interventions seront rémunérées.} {lg:Par ailleurs je ne sais pas comment me connecter à M@gistère.}
{o:J'attends une réponse claire sur ces deux points.}""",
  course=18, fmt="html", cte="quoted-printable", sig="Dominique Favre"),

M("iphone-ne-sait-pas-quoi-faire", "Kenza Amrani", "kenza.amrani@ac-grenoble.fr", "2026-11-26 22:45", "iphone", "reply",
  "débutante : ne sait par où commencer (connexion) ; le guide répond",
  """{g:Bonsoir}
{c:Excusez-moi, je suis nouvelle et je ne comprends rien à M@gistère.} {lg:Par où est-ce que je commence pour me connecter ?} {fc:Et ensuite comment j'arrive à la formation ?}
{t:Merci beaucoup}""",
  course=12, tagline="Envoyé de mon iPhone", cte="8bit", crlf=False),

M("rappel-lien-perdu-ignore-non", "Sylvain Roussel", "sylvain.roussel@ac-grenoble.fr", "2026-12-01 13:10", "owa", "reply",
  "a perdu l'adresse de la plateforme : étape 2 (adresse de connexion)",
  """{g:Bonjour,}
{lg:Je n'ai plus le lien, c'est quoi l'adresse pour se connecter à M@gistère déjà ?}
{t:Merci}""",
  course=17, fmt="html", cte="8bit", quote="none", subject="adresse magistere ?", sig="S. Roussel\nGestionnaire, collège Charles Munch"),
]
