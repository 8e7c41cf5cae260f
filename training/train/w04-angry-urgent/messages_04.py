from msg import M

MESSAGES = [
M("atsem-mairie-pas-compte", "Patricia Gonnet", "p.gonnet@mairie-echirolles.fr", "2026-11-25 13:20", "outlook", "reply",
  "ATSEM employée par la commune (compte invité manuel) : ne sait pas quel nom d'utilisateur ni comment se connecter",
  """{g:Bonjour,}

{c:Je suis ATSEM à l'école maternelle Marcel David, employée par la mairie, donc je n'ai pas d'adresse de l'académie.} {c:Excusez-moi, je ne suis pas très à l'aise avec l'ordinateur.}
{un:Je ne sais pas quel nom d'utilisateur mettre} {lg:ni sur quel bouton cliquer pour entrer.}

{t:Merci de votre aide}""",
  course=9, cs="windows-1252", cte="quoted-printable", fmt="alt",
  sig="Patricia Gonnet\nATSEM - Ville d'Échirolles"),

M("capitales-sans-accents-mdp", "Alain Perroud", "alain.perroud@ac-grenoble.fr", "2026-11-26 09:47", "zimbra", "reply",
  "tout en majuscules, mot de passe académique oublié : section B",
  """{pw:JE NE CONNAIS PAS MON MOT DE PASSE POUR VOTRE PLATEFORME. COMMENT FAIRE. URGENT.}""",
  course=11, sig="A. PERROUD"),

M("ooo-outlook-en-formation-anglais", "Kathleen O'Brien", "kathleen.obrien@ac-grenoble.fr", "2026-11-27 10:01", "outlook", "ignore",
  "réponse automatique d'absence bilingue",
  """{r:Je suis actuellement en déplacement avec des élèves (voyage scolaire) jusqu'au 5 décembre.}
{r:I am currently away on a school trip until December 5th.}""",
  robot="oof", course=14, subject="Réponse automatique : Invitation : Enseigner l'oral en langues vivantes",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Invitation : Enseigner l'oral en langues vivantes")]),

M("deja-recherche-loupe-anciens", "Frédéric Maillet", "frederic.maillet@ac-grenoble.fr", "2026-11-24 18:02", "owa", "escalate",
  "a déjà tout essayé pour trouver le parcours (liste, loupe, Se former) : le guide est épuisé",
  """{g:Bonjour,}

{c:J'ai lu le guide.} {fc:Je suis connecté, la liste de mes parcours affiche seulement les formations de l'an dernier.} {fc:La recherche avec "Différencier" ne donne rien, et "Tous mes parcours" > "Se former" non plus.} {o:Il y a sans doute un problème d'inscription de votre côté, merci de regarder.}

{t:Cordialement}""",
  course=6, fmt="html", cte="quoted-printable", sig="Frédéric Maillet\nProfesseur des écoles, école de Saint-Égrève"),

M("apple-ipad-maman-prof-panique", "Juliette Rambaud", "juliette.rambaud@icloud.com", "2026-11-24 21:10", "ipad", "reply",
  "professeure de l'académie qui écrit de son iCloud : ne trouve pas la formation une fois connectée",
  """{g:Bonsoir,}
{c:Je suis professeure de français au collège de Domène.} {c:Je suis désolée, je suis vraiment perdue avec ces plateformes.} {c:J'ai réussi à me connecter avec mon adresse académique} {fc:mais je ne vois pas du tout où est la formation, il y a plein de menus.}
{t:Merci de votre aide}""",
  course=2, profile="academic", tagline="Envoyé de mon iPad", cte="quoted-printable"),

M("refus-presentiel-garde-enfants", "Marion Ceccaldi", "marion.ceccaldi@ac-grenoble.fr", "2026-11-26 12:05", "gmail", "escalate",
  "demande de changer de groupe / de date : hors guide",
  """{g:Bonjour,}

{o:Je ne peux pas assister à la session du 8 décembre (pas de solution de garde pour mes enfants).} {o:Est-il possible de passer dans le groupe de janvier ?}

{t:Merci d'avance,}""",
  course=12, fmt="alt", cte="quoted-printable", sig="Marion Ceccaldi"),

M("bounce-gmail-delay", "Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "2026-11-28 14:35", "gmail", "ignore",
  "avis de remise retardée (DSN delay) de Google",
  """{r:** Message non remis pour le moment **}

{r:Un problème temporaire a empêché la remise de votre message à pierre.guerin.38@gmail.com.} {r:Gmail va réessayer pendant 47 heures.} {r:Vous recevrez une notification si la remise échoue définitivement.}""",
  robot="bounce", course=15, return_path="<>", subject="Delivery Status Notification (Delay)", thread=False,
  orig_to="pierre.guerin.38@gmail.com", headers=[("Auto-Submitted", "auto-replied")],
  report="Reporting-MTA: dns; googlemail.com\nArrival-Date: Sat, 28 Nov 2026 05:31:10 -0800 (PST)\n\nFinal-Recipient: rfc822; pierre.guerin.38@gmail.com\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; The recipient server did not accept our requests to connect.\nWill-Retry-Until: Mon, 30 Nov 2026 05:31:11 -0800 (PST)"),

M("yahoo-partenaire-login", "Bruno Serre", "bruno.serre@yahoo.fr", "2026-11-26 08:30", "yahoo", "reply",
  "intervenant externe (compte manuel) : demande où saisir son nom d'utilisateur, agacé",
  """{g:Bonjour,}
{c:Votre invitation ne dit pas comment on se connecte quand on n'est ni prof ni étudiant !} {lg:J'ai un nom d'utilisateur et un mot de passe, je les mets où ?}""",
  thread=False, course=12, fmt="alt", cte="quoted-printable", sig="Bruno Serre\nFormateur indépendant en numérique éducatif"),

M("enchaine-tout-echoue-numen", "Mireille Jacob", "mireille.jacob@ac-grenoble.fr", "2026-11-29 20:20", "thunderbird", "escalate",
  "a déjà suivi les étapes A et B du guide (liens NUMEN) sans succès : compte probablement bloqué",
  """{g:Bonjour,}

{c:Je récapitule ce que j'ai fait, pour qu'on ne me renvoie pas encore le guide :}
{un:1. lien "identifiant oublié" avec mon NUMEN : on m'affiche un identifiant, mjacob3.}
{pw:2. mot de passe = NUMEN en majuscules : refusé.}
{pw:3. lien de réinitialisation du mot de passe : "votre compte est verrouillé, contactez votre assistance".}
{o:Qui dois-je contacter exactement ?}

{t:Merci}""",
  course=14, sig="Mireille Jacob\nProfesseure d'allemand, lycée Les Eaux Claires"),

M("samsung-etudiant-smb", "Enzo Battaglia", "enzo.battaglia@etu.univ-smb.fr", "2026-12-01 08:12", "samsung", "reply",
  "étudiant USMB qui ne connaît pas le mot de passe à utiliser : le guide renvoie vers l'établissement",
  """{g:Bonjour,}
{c:étudiant en master à Chambéry,} {pw:je connais mon identifiant de l'université mais pas le mot de passe à mettre sur magistere, c'est lequel ?}
{t:merci}""",
  course=16, cte="quoted-printable"),

M("ironique-merci-formation-noel", "Pascale Duclos", "pascale.duclos@ac-grenoble.fr", "2026-12-01 17:30", "outlook", "escalate",
  "plainte ironique sur le calendrier (période de Noël) et demande de savoir si c'est obligatoire : hors guide",
  """{s:Quelle excellente idée de placer une formation à distance obligatoire juste avant les vacances de Noël, au moment des conseils de classe.} {o:Je voudrais savoir si cette formation est réellement obligatoire pour les professeurs de lycée, et qui l'a décidé.}""",
  course=20, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Pascale Duclos\nProfesseure de SES, lycée Jean Monnet, Annemasse"),

M("reussi-grace-fils", "Georgette Laurent", "georgette.laurent@wanadoo.fr", "2026-11-22 16:00", "orange", "ignore",
  "clôt la demande : son fils l'a aidée, c'est bon",
  """{g:Bonjour,}
{c:Mon fils est passé et il m'a aidée, j'ai pu me connecter et voir la formation.} {t:Merci quand même et excusez-moi pour le dérangement.}""",
  course=4, cs="iso-8859-1", cte="quoted-printable", sig="Georgette Laurent"),

M("aesh-collegue-inscription-et-login", "Naïma Bouzid", "naima.bouzid@ac-grenoble.fr", "2026-11-25 16:35", "gmail_mobile", "escalate",
  "question de connexion mêlée à une demande d'inscrire une collègue : hors guide",
  """{g:Bonjour}
{lg:Je n'arrive pas à me connecter, quel bouton je dois prendre ?} {o:Et ma collègue AESH Mme Rivière voudrait faire la formation aussi, vous pouvez l'inscrire ?}
{t:Merci}""",
  course=9, tagline="", fmt="alt", cte="quoted-printable"),

M("new-mail-sujet-au-secours", "Claude Marchal", "claude.marchal@ac-grenoble.fr", "2026-11-30 22:10", "outlook", "reply",
  "nouveau courriel sans fil (sujet « AU SECOURS ») : identifiant et mot de passe oubliés",
  """{g:Bonsoir,}

{c:Je n'ai plus votre invitation, je l'ai supprimée par erreur.} {un:J'ai oublié mon identifiant académique} {pw:et mon mot de passe.} {c:Demain c'est la date limite pour le premier module.}""",
  course=6, quote="none", subject="AU SECOURS - M@gistère", sig="Claude Marchal\nCollège Henri Wallon"),

M("uga-enseignant-mot-de-passe-expire", "Véronique Salles", "veronique.salles@univ-grenoble-alpes.fr", "2026-11-28 15:45", "zimbra", "reply",
  "enseignante UGA dont le mot de passe a expiré : le guide renvoie vers l'établissement",
  """{g:Bonjour,}

{pw:Le guichet de l'UGA m'indique que mon mot de passe a expiré.} {pw:Comment puis-je le renouveler pour accéder au parcours ?}

{t:Bien cordialement,}""",
  course=15, fmt="alt", cte="quoted-printable", sig="Véronique Salles\nMCF, Département de Sociologie, UGA"),

M("plus-jamais-magistere", "Rémi Chauvin", "remi.chauvin@ac-grenoble.fr", "2026-11-20 19:55", "iphone", "escalate",
  "plainte générale, refuse de suivre la formation ; un humain doit répondre",
  """{o:Je refuse de suivre cette formation.} {o:C'est la troisième formation imposée cette année, on n'est plus des enseignants, on est des cliqueurs.} {o:Rayez-moi de la liste.}""",
  course=5, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("ne-trouve-pas-mail-identifiants", "Laetitia Gros", "laetitia.gros@sfr.fr", "2026-11-26 11:15", "outlook_mobile", "reply",
  "invitée externe (compte manuel) qui n'a jamais trouvé le mail avec ses identifiants : lien de récupération",
  """{g:Bonjour,}
{c:Je fais partie de l'association des parents d'élèves et je suis invitée à la formation.} {un:Je n'ai jamais vu passer de mail avec un nom d'utilisateur} {pw:ou un mot de passe.} {un:Comment est-ce que je peux les obtenir ?}
{t:Merci}""",
  course=5),

M("deux-trucs-bouton-et-mdp", "Thibault Morand", "thibault.morand@ac-grenoble.fr", "2026-11-19 08:05", "owa", "reply",
  "deux questions du guide : le bouton à choisir et le mot de passe par défaut",
  """{g:Bonjour,}

{lg:Sur la page de connexion, je choisis "Connexion" ou "Connexion directe à M@gistère" ?} {pw:Et si je n'ai jamais modifié mon mot de passe académique, c'est lequel par défaut ?}

{t:Merci pour vos réponses.}""",
  course=3, fmt="html", cte="8bit", sig="Thibault Morand\nPLP Maintenance, LP Guynemer"),

M("autoreply-helpdesk-ticket", "Support informatique Lycée Vaucanson", "support-no-reply@lycee-vaucanson.fr", "2026-11-19 09:16", "outlook", "ignore",
  "accusé de réception automatique d'un outil de tickets",
  """{r:Bonjour,}
{r:Votre demande a bien été enregistrée sous le numéro #48213.} {r:Un technicien la traitera dans les meilleurs délais.}
{r:Ceci est un message automatique.}""",
  robot="ack", course=3, subject="[Ticket #48213] Invitation : Enseigner avec le numérique en lycée professionnel",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),

M("oublie-tout-honte", "Danièle Vacher", "daniele.vacher@ac-grenoble.fr", "2026-11-21 14:40", "zimbra_gt", "reply",
  "a honte d'avoir tout oublié : identifiant et mot de passe, sections A et B",
  """{g:Bonjour,}

{c:J'ai un peu honte de vous écrire ça, mais je suis à deux ans de la retraite et pas très à jour avec l'informatique.} {un:Je ne me souviens ni de mon identifiant} {pw:ni de mon mot de passe académique.} {c:Mon NUMEN, je l'ai sur mon bulletin de salaire je crois.}

{t:Merci de votre indulgence.}""",
  course=4, fmt="alt", cte="quoted-printable", sig="Danièle Vacher\nProfesseure de lettres classiques"),

M("ca-tourne-lien-invitation-casse", "Jérémy Blanc", "jeremy.blanc@ac-grenoble.fr", "2026-11-27 08:50", "gmail", "escalate",
  "le lien de l'invitation mène à une erreur : incident à vérifier par un humain",
  """{c:Le lien de votre mail ne marche pas !!} {o:Quand je clique dessus j'ai "Erreur 503 Service Unavailable".} {o:Ça fait depuis hier soir, c'est votre serveur qui est en panne ?}""",
  course=12, fmt="alt", cte="base64", sig="Jérémy"),

M("deja-bouton-violet-uga-dsi-ok", "Clément Rey", "clement.rey@etu.univ-grenoble-alpes.fr", "2026-12-01 16:05", "thunderbird", "escalate",
  "étudiant UGA connecté via le guichet mais parcours absent après recherche : problème d'inscription possible",
  """{g:Bonjour,}

{c:Je me connecte bien avec le bouton violet et le guichet SUPIDP - Université Grenoble Alpes.} {fc:Mais la formation des tuteurs n'est pas dans ma liste, même en cherchant "tuteur" avec la loupe.} {o:Pouvez-vous vérifier mon inscription ?}

{t:Merci,}""",
  course=16, sig="Clément Rey\nM2 MEEF SVT"),

M("sarcastic-guide-lu-quand-meme", "Anne-Sophie Girard", "as.girard@ac-grenoble.fr", "2026-11-23 13:15", "apple", "reply",
  "ironise sur le guide mais pose une question qu'il couvre : où est l'outil de recherche des parcours",
  """{s:Votre guide est passionnant, j'ai lu les six pages.} {fc:J'ai 23 parcours sur ma page d'accueil et je ne retrouve pas celui sur l'évaluation : où est ce fameux outil de recherche ?}""",
  course=1, cte="quoted-printable", sig="A.-S. Girard"),

M("iso-base64-invite-mdp", "Jacques Perrotin", "jacques.perrotin@free.fr", "2026-11-25 10:20", "thunderbird", "reply",
  "intervenant extérieur (compte manuel) qui a oublié son mot de passe M@gistère",
  """{g:Bonjour,}

{c:Intervenant pour le module secourisme,} {pw:j'ai oublié le mot de passe de mon compte M@gistère.} {c:Mon nom d'utilisateur est jperrotin.}

{t:Merci de me dire comment faire.}""",
  course=8, cs="iso-8859-1", cte="base64", sig="J. Perrotin\nMoniteur national de secourisme"),
]
