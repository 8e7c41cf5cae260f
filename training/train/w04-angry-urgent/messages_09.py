from msg import M

MESSAGES = [
M("assistante-anglais-en-anglais", "Emily Clarke", "emily.clarke@ac-grenoble.fr", "2026-11-28 12:30", "gmail", "reply",
  "assistante de langue (compte académique) qui écrit en anglais : ne sait pas comment se connecter",
  """{g:Hello,}

{c:I'm the English language assistant at Lycée Mounier, sorry I don't speak French very well.} {lg:I don't understand how to log in to M@gistère, which button should I use with my ac-grenoble account?}

{t:Thank you so much!}""",
  course=14, fmt="alt", cte="quoted-printable", sig="Emily"),

M("envoyez-moi-mon-mdp", "Roland Besse", "roland.besse@ac-grenoble.fr", "2026-12-01 09:40", "outlook", "reply",
  "exige qu'on lui envoie son mot de passe : la réponse est la réinitialisation (section B)",
  """{pw:Envoyez-moi mon mot de passe, je n'ai pas le temps de chercher.} {c:Merci.}""",
  course=17, cs="windows-1252", cte="8bit", fmt="alt", sig="R. Besse\nAdjoint gestionnaire, lycée Ferdinand Buisson"),

M("adresse-perso-changee-invite", "Nicole Faverge", "nicole.faverge@outlook.fr", "2026-12-01 14:30", "outlook", "escalate",
  "invitée externe : la récupération du guide passe par l'adresse enregistrée, qu'elle n'a plus",
  """{g:Bonjour,}

{pw:J'ai oublié mon mot de passe M@gistère,} {c:mais mon compte avait été créé avec mon ancienne adresse nicole.faverge@numericable.fr, qui n'existe plus.} {o:La récupération par courriel ne peut donc pas marcher : pouvez-vous changer l'adresse de mon compte ?}

{t:Merci}""",
  course=18, fmt="alt", cte="quoted-printable", sig="Nicole Faverge\nConseillère pédagogique, Parc naturel régional de Chartreuse"),

M("tablette-possible", "Élisabeth Gaillard", "elisabeth.gaillard@ac-grenoble.fr", "2026-11-28 15:00", "ipad", "escalate",
  "question sur le matériel (peut-on suivre sur tablette) : pas une étape du guide",
  """{g:Bonjour,}
{o:Est-ce que je peux suivre la formation sur ma tablette ou faut-il obligatoirement un ordinateur ?} {c:Je n'ai pas d'ordinateur à la maison.}
{t:Merci}""",
  course=13, tagline="Envoyé de mon iPad", cte="quoted-printable"),

M("long-rant-puis-une-question", "Thierry Champion", "thierry.champion@ac-grenoble.fr", "2026-11-22 22:40", "thunderbird", "reply",
  "longue diatribe sans demande hors guide ; la seule question porte sur le parcours à trouver",
  """{g:Bonsoir,}

{c:Je voudrais d'abord dire à quel point je suis fatigué de ces plateformes.} {c:Il y a eu l'ENT, puis Pronote, puis l'autre truc pour les notes, puis Pix, et maintenant M@gistère.} {c:Chaque fois un nouveau mot de passe, une nouvelle interface, et personne pour nous expliquer.}

{c:Bref.} {c:Je me suis connecté.} {fc:Je ne trouve pas la formation dans la liste, comment on y accède ?}""",
  course=4, sig="T. Champion\nProfesseur de mathématiques, collège Louis Lumière, Échirolles"),

M("bounce-sans-return-path", "Mail Delivery System", "MAILER-DAEMON@zimbra.ac-grenoble.fr", "2026-11-20 11:21", "outlook", "ignore",
  "non-remise sans Return-Path (rapport multipart/report)",
  """{r:This is the mail system at host zimbra.ac-grenoble.fr.}
{r:<sebastien.rolland@ac-grenoble.fr>: mailbox has been disabled (account closed)}""",
  robot="bounce", course=5, return_path=False, subject="Undelivered Mail Returned to Sender", thread=False,
  orig_to="sebastien.rolland@ac-grenoble.fr",
  report="Reporting-MTA: dns; zimbra.ac-grenoble.fr\n\nFinal-Recipient: rfc822; sebastien.rolland@ac-grenoble.fr\nAction: failed\nStatus: 5.2.1"),

M("zimbra-auto-prefix-oof", "Francine Rolland", "francine.rolland@ac-grenoble.fr", "2026-11-26 11:46", "zimbra", "ignore",
  "réponse d'absence Zimbra avec sujet Auto: et Auto-Submitted",
  """{r:Bonjour,} {r:je suis en arrêt jusqu'à nouvel ordre.} {r:Pour le collège, contactez le secrétariat : ce.0382345b@ac-grenoble.fr}""",
  robot="oof", course=13, subject="Auto: Invitation : Accompagner les néo-titulaires en EPS",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")]),

M("donne-son-numen-dans-mail", "Pierre-Louis Amblard", "pierre-louis.amblard@ac-grenoble.fr", "2026-11-27 08:15", "owa", "reply",
  "donne son NUMEN dans le mail et demande son identifiant : section A",
  """{g:Bonjour,}

{un:Voici mon NUMEN : 14E0812345ABC, pouvez-vous me dire quel est mon identifiant ?} {c:Je n'en ai aucune idée.}

{t:Merci}""",
  course=12, fmt="html", cte="quoted-printable", sig="P.-L. Amblard"),

M("telephone-demande", "Corinne Maury", "corinne.maury@wanadoo.fr", "2026-11-21 10:00", "orange", "escalate",
  "demande à être appelée (numéro de téléphone) : hors guide ; ne sait pas se connecter",
  """{g:Bonjour,}

{c:Je suis une maman qui intervient dans l'atelier théâtre du collège et on m'a inscrite.} {lg:Je n'arrive pas à me connecter.} {o:Est-ce qu'il y a un numéro de téléphone où je peux appeler quelqu'un ?} {c:Par écrit je n'y arrive pas.}""",
  course=5, cs="iso-8859-1", cte="quoted-printable", sig="Corinne Maury"),

M("pourquoi-trois-boutons-aesh-gmail", "Samira Touati", "samira.touati@hotmail.fr", "2026-11-26 20:50", "outlook_ios", "reply",
  "AESH de l'académie (compte académique) qui écrit de Hotmail : ne sait pas quel bouton",
  """{g:Bonsoir,}
{c:Je suis AESH dans une ULIS école à Grenoble, j'ai une adresse académique mais je ne la consulte jamais.} {lg:Je ne sais pas quel bouton de connexion choisir sur M@gistère.}
{t:Merci !}""",
  course=9, profile="academic"),

M("inp-personnel-parcours-absent-vide", "Isabelle Fournel", "isabelle.fournel@grenoble-inp.fr", "2026-11-30 12:00", "outlook", "reply",
  "personnelle Grenoble INP connectée : page d'accueil sans le parcours, étape 3",
  """{g:Bonjour,}

{c:Connectée via SUPIDP - Grenoble INP, tout va bien jusque-là.} {fc:En revanche je ne vois pas le parcours "Pédagogie universitaire", comment y accéder ?}

{t:Bonne journée,}""",
  course=15, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Isabelle Fournel\nService d'appui à la pédagogie, Grenoble INP"),

M("insulte-legere-menace-plainte", "Gilles Mouret", "gilles.mouret@free.fr", "2026-11-29 23:30", "roundcube", "escalate",
  "intervenant externe furieux, veut déposer une réclamation : un humain doit répondre",
  """{c:Votre système est une honte.} {o:Je veux le nom du responsable de cette plateforme pour faire une réclamation écrite.} {pw:Trois demandes de nouveau mot de passe, trois mots de passe qui ne marchent pas.}""",
  course=12, sig="G. Mouret"),

M("assure-pas-compris-faire-quoi-2", "Jeanne Rigaud", "jeanne.rigaud@ac-grenoble.fr", "2026-11-18 09:45", "zimbra_gt", "reply",
  "ne comprend pas ce qu'on attend d'elle : se connecter puis rejoindre le parcours",
  """{g:Bonjour,}

{c:Je suis un peu perdue, je ne sais pas ce que je dois faire avec ce message.} {lg:Il faut que je me connecte quelque part ?} {fc:Et ensuite je trouve la formation comment ?}

{t:Merci de m'éclairer}""",
  course=1, fmt="alt", cte="quoted-printable", sig="Jeanne Rigaud\nProfesseure documentaliste"),

M("formateur-relaie-stagiaires", "Olivier Brunet", "olivier.brunet@ac-grenoble.fr", "2026-11-24 19:00", "thunderbird", "escalate",
  "le formateur signale que plusieurs stagiaires ne voient pas le parcours : à traiter par un humain",
  """{g:Bonjour,}

{c:Je suis le formateur de ce parcours.} {o:Quatre stagiaires m'écrivent qu'ils ne voient pas la formation dans leurs parcours alors qu'ils sont bien connectés.} {o:Pouvez-vous vérifier les inscriptions de la cohorte ?}

{t:Merci}""",
  course=6, topics=["find_course"], sig="Olivier Brunet\nFormateur académique mathématiques"),

M("spam-faux-colis", "Chronopost", "info@chronopost-suivi-colis.top", "2026-11-27 02:10", "outlook", "ignore",
  "spam (faux avis de colis)",
  """{r:Votre colis n'a pas pu être livré.} {r:Frais de réexpédition : 1,99 EUR.} {r:Confirmez vos coordonnées ici : http://chronopost-suivi-colis.top/f}""",
  robot="spam", course=1, subject="Votre colis est en attente", thread=False, to="formation-magistere@ac-grenoble.fr",
  headers=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=14.2 required=5.0")]),

M("debutant-ou-est-la-barre-adresse", "René Joubert", "rene.joubert@laposte.net", "2026-11-25 15:10", "roundcube", "reply",
  "bénévole (compte manuel) qui ne sait pas où saisir l'adresse du site : étape 2",
  """{g:Bonjour,}
{c:Je suis désolé mais je suis vraiment débutant.} {lg:Le guide dit de saisir l'adresse dans la barre d'adresse du navigateur, mais où est-elle ?} {c:Je suis sur l'ordinateur de la bibliothèque municipale.}
{t:Merci d'avance}""",
  course=8, sig="René Joubert"),

M("mdp-ok-mais-identifiant-inconnu-aca", "Lise Charvet", "lise.charvet@ac-grenoble.fr", "2026-11-19 18:00", "iphone", "reply",
  "connaît son mot de passe de messagerie mais pas l'identifiant : section A",
  """{g:Bonjour}
{un:Je connais mon mot de passe de messagerie mais je ne sais pas ce qu'il faut mettre dans "identifiant".} {un:C'est mon adresse en entier ?}
{t:Merci}""",
  course=4, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("formation-deja-faite-autre-academie", "Tristan Guyot", "tristan.guyot@ac-grenoble.fr", "2026-11-26 13:00", "owa", "escalate",
  "demande d'équivalence (formation déjà suivie ailleurs) : hors guide",
  """{g:Bonjour,}
{o:J'ai suivi une formation Pix+Édu dans l'académie de Dijon l'an dernier.} {o:Puis-je être dispensé de celle-ci ou faire valider l'équivalence ?}
{t:Cordialement}""",
  course=12, fmt="html", cte="8bit", sig="T. Guyot"),

M("desolee-idiote-mot-de-passe-oublie-invite", "Nadine Perrot", "nadine.perrot@gmail.com", "2026-11-24 17:30", "gmail_mobile", "reply",
  "parent intervenante (compte manuel) : mot de passe oublié",
  """{c:Je suis vraiment désolée je me sens idiote} {pw:j'ai oublié le mot de passe que vous m'avez envoyé pour le site de formation} {c:(je suis la maman qui intervient sur le harcèlement)}""",
  course=5, tagline="", fmt="alt", cte="base64"),

M("ordre-reponse-trois-lignes", "Marc-Antoine Vigne", "marc-antoine.vigne@ac-grenoble.fr", "2026-11-28 07:55", "outlook", "reply",
  "liste numérotée de trois problèmes du guide (identifiant, connexion, parcours)",
  """{g:Bonjour,}

{c:Trois questions, merci de répondre dans l'ordre :}
{un:1/ Mon identifiant, c'est bien mvigne ?}
{lg:2/ Je dois passer par quel bouton ?}
{fc:3/ Où est la formation une fois connecté ?}""",
  course=14, fmt="alt", cte="quoted-printable", sig="M.-A. Vigne"),

M("ack-rectorat-dsi", "Assistance DSI Rectorat", "assistance-noreply@ac-grenoble.fr", "2026-11-20 08:00", "outlook", "ignore",
  "accusé de réception automatique d'un service d'assistance (noreply)",
  """{r:Votre demande a été enregistrée. Numéro de ticket : INC0123456.} {r:Merci de ne pas répondre à ce message.}""",
  robot="ack", course=4, subject="[INC0123456] Votre demande a été enregistrée",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], thread=False),

M("ca-marche-plus-depuis-hier", "Baptiste Noyer", "baptiste.noyer@ac-grenoble.fr", "2026-11-25 08:10", "gmail", "escalate",
  "pouvait se connecter hier et plus aujourd'hui avec les mêmes identifiants : incident que le guide ne couvre pas",
  """{g:Bonjour,}

{c:Hier je me suis connecté sans souci, j'ai commencé le module 1.} {lg:Ce matin, mêmes identifiants, même bouton, et j'ai "accès refusé".} {o:Vous avez changé quelque chose ?}""",
  course=2, fmt="alt", cte="quoted-printable", sig="Baptiste Noyer"),
]
