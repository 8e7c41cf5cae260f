from msg import M

MESSAGES = [
M("absente-semaine-pro-question", "Carole Thévenet", "carole.thevenet@ac-grenoble.fr", "2026-11-27 12:10", "outlook", "reply",
  "humaine (pas une absence automatique) : prévient d'une absence mais pose une question du guide sur le mot de passe",
  """{g:Bonjour,}

{c:Je serai absente la semaine prochaine, je voudrais donc commencer la partie à distance ce week-end.} {pw:Problème : mon mot de passe académique ne fonctionne plus, je pense qu'il a expiré.} {pw:Comment le renouveler ?}

{t:Merci}""",
  course=14, subject="RE: Invitation : Enseigner l'oral en langues vivantes - absente la semaine prochaine",
  fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Carole Thévenet\nProfesseure d'italien"),

M("identifiant-et-liste-vide", "Jonathan Prieur", "jonathan.prieur@ac-grenoble.fr", "2026-11-20 13:30", "zimbra_gt", "reply",
  "identifiant incertain et ne saura pas trouver le parcours : sections A et étape 3",
  """{g:Bonjour,}

{un:Je ne suis pas certain de mon identifiant : jprieur ou jprieur1 ?} {fc:Et une fois dedans, je trouverai la formation où exactement ?}

{t:Merci d'avance}""",
  course=4, fmt="alt", cte="quoted-printable", sig="J. Prieur\nCollège de la Chartreuse, Saint-Laurent-du-Pont"),

M("newsletter-bulk-canope", "Réseau Canopé", "newsletter@reseau-canope.fr", "2026-11-28 07:00", "outlook", "ignore",
  "lettre d'information (Precedence bulk, List-Unsubscribe)",
  """{r:Lettre d'information - Décembre 2026}
{r:Découvrez nos nouvelles ressources pour enseigner l'oral, nos ateliers en ligne et les dates des prochaines rencontres.}
{r:Se désabonner : https://www.reseau-canope.fr/desabonnement}""",
  robot="list", course=14, subject="Les nouveautés Canopé de décembre", thread=False, to="formation-magistere@ac-grenoble.fr",
  fmt="html", headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.reseau-canope.fr/desabonnement?u=8812>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]),

M("entreprise-adresse-non-surveillee", "Service client Transalp", "no-reply@transalp-logistique.fr", "2026-11-24 10:11", "outlook", "ignore",
  "réponse automatique d'une adresse non surveillée (no-reply)",
  """{r:Cette adresse n'est pas surveillée.} {r:Pour nous contacter, utilisez le formulaire sur notre site www.transalp-logistique.fr.}""",
  robot="ack", course=8, subject="Automatic reply: Invitation : Sécurité et premiers secours au travail (SST)"),

M("mdp-ok-mais-parcours-introuvable-vite", "Gaëlle Ruffin", "gaelle.ruffin@ac-grenoble.fr", "2026-11-24 20:20", "gmail_mobile", "reply",
  "mot de passe retrouvé grâce au guide, reste à trouver le parcours : étape 3",
  """{c:Bon, le mot de passe c'est réglé avec le lien NUMEN.} {fc:Maintenant je ne trouve pas la formation dans la page d'accueil, vous pouvez me dire où elle est ?} {c:Je dois avoir fini le module 1 pour jeudi.}""",
  course=6, tagline="", fmt="alt", cte="quoted-printable"),

M("uga-deux-comptes-lequel", "Solène Vautrin", "solene.vautrin@univ-grenoble-alpes.fr", "2026-11-28 17:05", "zimbra", "reply",
  "personnel UGA avec un compte étudiant et un compte personnel : quel identifiant et quel guichet",
  """{g:Bonjour,}

{c:Je suis à la fois doctorante et chargée de cours à l'UGA, j'ai donc deux comptes.} {un:Lequel dois-je utiliser pour M@gistère ?} {lg:Et quel guichet choisir après le bouton violet ?}

{t:Merci}""",
  course=15, fmt="alt", cte="quoted-printable", sig="Solène Vautrin\nDoctorante, LaRAC"),

M("cris-majuscules-tout", "Dominique Ravier", "dominique.ravier@ac-grenoble.fr", "2026-12-01 06:20", "iphone", "reply",
  "tout en majuscules, trois problèmes du guide à la fois",
  """{un:JE NE CONNAIS PAS MON IDENTIFIANT} {pw:NI MON MOT DE PASSE} {fc:ET JE NE SAIS PAS OU EST LA FORMATION} {c:ET C'EST AUJOURD'HUI !!!!!!}""",
  course=17, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("ex-contractuel-compte-desactive", "Rachid Messaoudi", "rachid.messaoudi@gmail.com", "2026-11-25 16:45", "gmail", "escalate",
  "ancien contractuel dont le compte académique a été désactivé : situation non couverte par le guide",
  """{g:Bonjour,}

{c:J'étais contractuel l'an dernier et je viens d'être réembauché ce mois-ci.} {lg:Mon identifiant académique ne fonctionne plus : le portail indique "compte désactivé".} {o:Qui peut le réactiver ?} {c:La formation commence dans deux jours.}

{t:Merci}""",
  course=11, profile="academic", fmt="alt", cte="quoted-printable", sig="Rachid Messaoudi"),

M("ironie-pas-recu-guide-piece-jointe", "Mélissa Brun", "melissa.brun@ac-grenoble.fr", "2026-11-19 08:40", "owa", "escalate",
  "la pièce jointe annoncée est absente et elle demande le guide ; plus question de connexion",
  """{s:"Vous trouverez en pièce jointe le guide" : quelle pièce jointe ?} {o:Il n'y a rien d'attaché à votre mail.} {o:Merci de me l'envoyer.} {lg:Je ne sais pas comment me connecter sans.}""",
  course=3, fmt="html", cte="8bit", sig="Mélissa Brun"),

M("anxieux-bouton-connexion-directe", "Serge Mathieu", "serge.mathieu@ac-grenoble.fr", "2026-11-23 10:05", "thunderbird", "reply",
  "académique qui a essayé « Connexion directe » avec son identifiant académique : étape 2",
  """{g:Bonjour,}

{c:Je suis désolé de vous déranger, je ne suis pas très doué.} {lg:J'ai cliqué sur "Connexion directe à M@gistère" et j'ai mis mon identifiant académique et mon mot de passe, ça ne marche pas.} {lg:Qu'est-ce que je fais de travers ?}

{t:Merci beaucoup}""",
  course=1, sig="Serge Mathieu\nProfesseur de sciences physiques"),

M("fin-ok-mais-commentaire-acerbe", "Véronique Bouvet", "veronique.bouvet@ac-grenoble.fr", "2026-11-25 21:00", "zimbra", "ignore",
  "clôt la demande (c'est réglé) avec une remarque acerbe, sans demande",
  """{c:C'est bon, j'y suis arrivée.} {s:Deux heures pour trouver un bouton bleu, ça devrait figurer dans le temps de formation.}""",
  course=10, sig="V. Bouvet"),

M("lycee-agricole-autre-ministere", "Cédric Jeannin", "cedric.jeannin@educagri.fr", "2026-11-26 09:30", "outlook", "reply",
  "enseignant de lycée agricole (autre ministère, compte invité) : ne sait pas comment se connecter",
  """{g:Bonjour,}

{c:Enseignant au lycée agricole de La Côte-Saint-André, je dépends du ministère de l'Agriculture et je n'ai pas de compte académique.} {lg:Comment dois-je me connecter à votre plateforme ?}

{t:Cordialement,}""",
  course=12, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Cédric Jeannin\nLEGTA de La Côte-Saint-André"),

M("urgent-dix-minutes-classe-virtuelle", "Fabienne Combe", "fabienne.combe@ac-grenoble.fr", "2026-12-01 16:50", "samsung", "escalate",
  "demande le lien de la classe virtuelle qui commence : hors guide",
  """{c:URGENT la classe virtuelle commence dans 10 minutes} {o:où est le lien pour la visio ???}""",
  course=19, cte="quoted-printable"),

M("desolee-reecris-encore-numen", "Agnès Peyronnet", "agnes.peyronnet@ac-grenoble.fr", "2026-11-26 14:45", "outlook", "escalate",
  "mot de passe oublié (section B) mais demande où trouver son NUMEN, ce que le guide ne dit pas",
  """{g:Bonjour,}

{c:Désolée de vous réécrire.} {pw:J'ai oublié mon mot de passe académique et votre guide dit qu'il faut le NUMEN pour le réinitialiser.} {o:Mais où est-ce que je trouve mon NUMEN ?}

{t:Merci mille fois}""",
  course=11, fmt="alt", cte="quoted-printable", sig="Agnès Peyronnet\nAESH, collège Champollion"),

M("etu-inp-parcours-et-guichet", "Théo Vasseur", "theo.vasseur@grenoble-inp.org", "2026-12-01 10:10", "gmail", "reply",
  "étudiant INP : quel guichet et où trouver le parcours",
  """{g:Bonjour,}

{lg:Quel guichet dois-je choisir, je suis à l'Ense3 ?} {fc:Et une fois connecté, le parcours s'appelle comment dans la liste ?}

{t:Merci}""",
  course=16, profile="university", fmt="alt", cte="quoted-printable", sig="Théo"),

M("assistante-sociale-planning", "Marie-Claude Thiers", "marie-claude.thiers@ac-grenoble.fr", "2026-11-20 15:40", "outlook_line", "escalate",
  "demande de programme détaillé et de contenus : hors guide",
  """{g:Bonjour,}

{o:Avant de m'engager, je souhaiterais recevoir le programme détaillé de la formation et le nombre d'heures à distance.} {c:Mon emploi du temps est très chargé.}

{t:Cordialement,}""",
  course=5, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Marie-Claude Thiers\nAssistante sociale scolaire"),

M("ne-voit-que-libre-acces", "Loïc Mangin", "loic.mangin@ac-grenoble.fr", "2026-11-27 17:00", "apple", "reply",
  "ne voit que les « formations en libre accès » : n'est pas connecté ; le guide répond",
  """{g:Bonjour,}
{lg:Quand je vais sur le lien, je vois "Formations en libre accès - Non connecté" et je ne sais pas comment aller plus loin.}
{t:Merci}""",
  course=12, cte="quoted-printable", sig="Loïc Mangin"),

M("mdn-iphone-lu", "Patricia Abel", "patricia.abel@orange.fr", "2026-11-17 19:00", "orange", "ignore",
  "accusé de lecture (Orange)",
  """{r:Votre message "Invitation : Accueillir un élève allophone" a été lu le 17/11/2026 à 19:00.}""",
  robot="mdn", course=2, subject="Lu: Invitation : Accueillir un élève allophone",
  report="Reporting-UA: webmail.orange.fr\nFinal-Recipient: rfc822;patricia.abel@orange.fr\nOriginal-Message-ID: <invitation-2026-114@ac-grenoble.fr>\nDisposition: manual-action/MDN-sent-manually; displayed"),

M("sans-sujet-ni-fil-jeune-contractuel", "Kylian Mora", "kylian.mora@ac-grenoble.fr", "2026-11-29 11:11", "gmail_mobile", "reply",
  "mail sans sujet ni citation : identifiant académique inconnu",
  """{g:slt} {un:cest quoi mon identifiant pour magistere} {c:je suis contractuel au lycée Pablo Neruda}""",
  course=5, quote="none", subject="", tagline="", thread=False),

M("mdp-change-mais-login-boucle-invite", "Françoise Tardieu", "francoise.tardieu@sfr.fr", "2026-12-01 10:20", "outlook", "escalate",
  "invitée externe : nouveau mot de passe reçu puis erreur de connexion persistante (déjà fait le guide)",
  """{g:Bonjour,}

{c:J'ai suivi la procédure de votre guide :} {pw:j'ai reçu un nouveau mot de passe par courriel.} {lg:Mais quand je fais "Connexion directe à M@gistère", la page revient vide sans message.} {c:Je recommence depuis ce matin.} {o:Merci de vérifier mon compte.}""",
  course=18, fmt="alt", cte="quoted-printable", sig="Françoise Tardieu\nAnimatrice nature, association Gentiana"),

M("merci-beaucoup-guide-parfait", "Yvette Coulon", "yvette.coulon@ac-grenoble.fr", "2026-11-25 08:25", "zimbra_gt", "ignore",
  "remerciement de clôture après avoir réussi",
  """{g:Bonjour,}
{c:Je voulais juste vous dire que j'ai réussi à me connecter grâce à votre guide, alors que je suis vraiment nulle en informatique.} {t:Merci beaucoup !}""",
  course=9, sig="Yvette Coulon, AESH"),

M("pas-de-numen-contractuel-aed", "Ilyes Bensaid", "ilyes.bensaid@ac-grenoble.fr", "2026-11-26 10:50", "owa", "reply",
  "AED qui ne connaît ni son identifiant ni son mot de passe et demande ce qu'il faut utiliser",
  """{g:Bonjour,}
{c:AED au collège Jean Jaurès de Voiron.} {un:Quel identifiant dois-je utiliser pour me connecter ?} {pw:Et quel mot de passe, je n'ai jamais changé celui qu'on m'a donné.}
{t:Merci}""",
  course=12, fmt="html", cte="quoted-printable"),

M("cc-formateur-plainte-retard", "Julien Carret", "julien.carret@ac-grenoble.fr", "2026-11-26 09:00", "outlook", "escalate",
  "met le formateur en copie pour justifier un retard (hors guide) et signale un problème de connexion",
  """{g:Bonjour,}

{o:Je mets M. Perrin en copie pour qu'il sache que je n'ai pas pu commencer le module à cause de problèmes de connexion.} {lg:Je ne parviens toujours pas à me connecter.} {o:Je demande que ce retard ne me soit pas reproché.}""",
  course=3, cc="Julien Perrin <julien.perrin@ac-grenoble.fr>", fmt="alt", cte="quoted-printable", cs="windows-1252",
  sig="Julien Carret\nPLP Vente, LP Jean-Jaurès"),
]
