from msg import M

MESSAGES = [
M("outlook-mac-indente", "Stéphanie Revol", "stephanie.revol@ac-grenoble.fr", "2026-11-24 19:40", "apple", "reply",
  "Outlook pour Mac (citation indentée de 4 espaces, sans chevrons) : mot de passe et parcours",
  """{g:Bonjour,}

{pw:Je ne retrouve plus mon mot de passe académique,} {fc:et ma collègue me dit que même connectée elle ne voyait pas le parcours : où est-il ?}

{t:Merci d'avance,}

Stéphanie Revol

Le 23/11/2026 15:40, « EAFC Grenoble » <formation-magistere@ac-grenoble.fr> a écrit :

    Bonjour,

    Vous êtes inscrit(e) à la formation « Le grand oral : accompagner les élèves » (dispositif 26A0080590), animée par Mme Nathalie Fabre.

    Cette formation hybride comprend une partie à distance sur la plateforme M@gistère. Pour rejoindre le parcours, connectez-vous à l'adresse suivante :
    https://magistere.education.fr/ac-grenoble/
    puis cliquez sur le titre de la formation dans la liste de vos parcours.
""",
  course=7, quote="inline", tagline="", drop_headers=["X-Mailer"], headers=[("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]),

M("yahoo-transmis-une-ligne", "Christian Pelloux", "christian.pelloux@yahoo.fr", "2026-11-27 09:30", "yahoo", "reply",
  "intervenant externe (compte manuel) qui transfère l'invitation (Yahoo, en-têtes sur une ligne) : nom d'utilisateur et connexion",
  """{g:Bonjour,}
{c:Je vous renvoie votre message.} {un:Je n'ai pas de nom d'utilisateur,} {lg:je ne peux donc pas me connecter : comment faire ?}
{c:Je suis l'intervenant de la fédération de judo pour le module EPS.}

----- Message transmis ----- De : EAFC Grenoble <formation-magistere@ac-grenoble.fr> À : christian.pelloux@yahoo.fr Envoyé : jeudi 26 novembre 2026 à 11:45:00 UTC+1 Objet : Invitation : Accompagner les néo-titulaires en EPS

Bonjour,

Vous êtes inscrit(e) à la formation « Accompagner les néo-titulaires en EPS » (dispositif 26A0080812), animée par M. Sébastien Roux.
""",
  course=13, quote="inline", subject="Fwd: Invitation : Accompagner les néo-titulaires en EPS", thread=False, fmt="alt", cte="quoted-printable"),

M("srs-relais-uga", "Marie Dufour", "marie.dufour.38@gmail.com", "2026-11-30 21:00", "gmail", "reply",
  "adresse Gmail relayée (SRS) ; doctorante UGA inscrite avec son compte UGA : quel guichet",
  """{g:Bonsoir,}

{c:Je suis doctorante à l'UGA, inscrite avec mon compte universitaire.} {lg:Après le bouton violet, je dois prendre quel guichet dans la liste ?}

{t:Merci}""",
  course=15, profile="university", return_path="<SRS0=k2Pq=TZ=gmail.com=marie.dufour.38@relais.univ-grenoble-alpes.fr>",
  fmt="alt", cte="quoted-printable", sig="Marie Dufour"),

M("auto-submitted-no-humain", "Pascal Meunier", "pascal.meunier@ac-grenoble.fr", "2026-11-26 17:10", "thunderbird", "reply",
  "message humain portant Auto-Submitted: no : identifiant académique oublié",
  """{g:Bonjour,}

{un:J'ai oublié mon identifiant académique, je crois qu'il a changé quand je suis passé titulaire.}

{t:Merci,}""",
  course=12, headers=[("Auto-Submitted", "no")], sig="Pascal Meunier\nProfesseur de génie mécanique"),

M("reply-to-liste-college", "Hélène Ginet", "helene.ginet@ac-grenoble.fr", "2026-11-17 16:20", "zimbra", "escalate",
  "écrit aussi au nom de l'équipe (Reply-To liste) et demande l'inscription de toute l'équipe : hors guide",
  """{g:Bonjour,}

{c:Toute l'équipe de lettres du collège a reçu cette invitation, sauf deux collègues.} {o:Pouvez-vous inscrire Mme Abel et M. Terrier ?} {fc:Et nous ne savons pas où trouver la formation une fois connectés.}

{t:Merci}""",
  course=2, headers=[("Reply-To", "Lettres college Vercors <lettres-vercors@listes.ac-grenoble.fr>")],
  fmt="alt", cte="quoted-printable", sig="Hélène Ginet\nCoordonnatrice de lettres, collège du Vercors"),

M("gmail-html-only-angry", "Bastien Morel", "bastien.morel.prof@gmail.com", "2026-11-28 23:20", "gmail", "reply",
  "professeur de l'académie (compte académique) écrivant de Gmail, HTML seul : mot de passe refusé, identifiant douteux",
  """{c:Je viens de passer 40 minutes là-dessus.} {pw:Mot de passe refusé} {un:et je ne suis même plus sûr de mon identifiant académique.} {c:Je suis prof de maths au collège de Saint-Égrève, je vous écris de ma boîte perso parce que je n'ai même plus accès au webmail.}""",
  course=11, profile="academic", fmt="html", cte="base64"),

M("bounce-orange-fr-dsn", "Mail Delivery System", "MAILER-DAEMON@smtp.wanadoo.fr", "2026-11-21 08:15", "outlook", "ignore",
  "non-remise Orange/Wanadoo (destinataire inconnu)",
  """{r:Votre message n'a pas pu être délivré.} {r:L'adresse suzanne.garcin@wanadoo.fr n'existe pas ou n'est plus active.}""",
  robot="bounce", course=5, return_path="<>", subject="Message non délivré : Invitation : Prévention du harcèlement - programme pHARe",
  thread=False, orig_to="suzanne.garcin@wanadoo.fr", cs="iso-8859-1", cte="quoted-printable",
  report="Reporting-MTA: dns; smtp.wanadoo.fr\n\nFinal-Recipient: rfc822; suzanne.garcin@wanadoo.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown"),

M("ooo-relance-oof-exchange-retour", "Guy Parmentier", "guy.parmentier@ac-grenoble.fr", "2026-12-01 11:05", "outlook", "ignore",
  "absence Exchange sans Auto-Submitted mais avec X-Auto-Response-Suppress et sujet « Réponse automatique »",
  """{r:Bonjour, je suis en formation jusqu'au 4 décembre.} {r:En cas d'urgence : vie scolaire du lycée.}""",
  robot="oof", course=20, subject="Réponse automatique : Invitation : Intelligence artificielle et enseignement",
  headers=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "guy.parmentier@ac-grenoble.fr")]),

M("samsung-bottom-uga-parcours", "Lou Chassagne", "lou.chassagne@etu.univ-grenoble-alpes.fr", "2026-12-01 12:40", "samsung", "reply",
  "étudiante UGA sur Samsung, répond sous la citation : connectée, ne trouve pas le parcours",
  """{g:Bonjour}
{c:je suis connectée avec le compte de la fac} {fc:mais je trouve pas le parcours tuteurs dans la liste}""",
  course=16, quote="bottom", cte="quoted-printable"),

M("anxieux-quatre-questions", "Gaston Brillet", "gaston.brillet@ac-grenoble.fr", "2026-11-19 21:00", "outlook", "reply",
  "débutant inquiet qui pose toutes les questions du guide à la fois",
  """{g:Bonsoir,}

{c:Excusez-moi par avance pour toutes ces questions, je suis vraiment très mauvais en informatique et je ne veux pas mal faire.}
{un:Quel est mon identifiant ?}
{pw:Quel est mon mot de passe, sachant que je ne l'ai jamais changé ?}
{lg:Sur quel bouton dois-je cliquer ?}
{fc:Et comment retrouver la formation ensuite ?}

{t:Je vous remercie infiniment pour votre patience.}""",
  course=3, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Gaston Brillet\nAgent de service, lycée Argouges"),

M("deja-bouton-bleu-erreur-certificat", "Coralie Vidal", "coralie.vidal@ac-grenoble.fr", "2026-11-22 20:30", "gmail", "escalate",
  "a déjà suivi l'étape 2 académique : erreur de certificat du portail, hors guide",
  """{g:Bonsoir,}

{c:J'ai fait comme dans le guide : bouton bleu.} {lg:Mais au lieu de la page de l'académie j'ai "Votre connexion n'est pas privée - NET::ERR_CERT_DATE_INVALID".} {o:Est-ce que je peux continuer quand même, ou c'est dangereux ?}""",
  course=4, fmt="alt", cte="quoted-printable", sig="Coralie Vidal"),

M("capitales-clos-enfin", "Martine Chevalier", "martine.chevalier@ac-grenoble.fr", "2026-11-30 10:00", "zimbra", "ignore",
  "clôt la demande en majuscules (réussi)",
  """{c:C'EST BON, J'Y SUIS ENFIN ARRIVEE.} {t:MERCI.}""",
  course=6, sig="M. CHEVALIER"),
]
