from msg import M

MESSAGES = [
M("tr-directrice-transfert-collegue", "Annick Berger", "ce.0380123x@ac-grenoble.fr", "2026-12-02 08:17", "outlook", "escalate",
  "directrice qui transfère et demande d'inscrire une collègue : hors guide",
  """{g:Bonjour,}

{c:Je vous transfère l'invitation reçue sur la boîte de l'école.} {o:Pouvez-vous inscrire aussi ma collègue Mme Léa Morin (CE1) qui n'a rien reçu ?} {c:C'est urgent, la formation démarre la semaine prochaine.}""",
  course=19, quote="fwd_outlook", subject="TR: Invitation : Lecture et compréhension au CP",
  sig="Annick Berger\nDirectrice - École élémentaire Jean Jaurès, Saint-Martin-d'Hères"),

M("yahoo-trois-problemes", "Roseline Pellet", "roseline.pellet@yahoo.fr", "2026-11-28 21:50", "yahoo", "reply",
  "AED de l'académie (compte académique) : identifiant inconnu, mot de passe, et où est le parcours : trois sections",
  """{g:Bonsoir,}

{c:Je suis assistante d'éducation au lycée du Grésivaudan à Meylan, je ne suis pas très informatique désolée d'avance.}
{un:Je ne connais pas mon identifiant académique,} {pw:je n'ai jamais eu de mot de passe non plus}, {fc:et une fois dedans je ne saurai pas où aller pour trouver la formation.}
{lg:Pouvez-vous m'expliquer depuis le début comment on fait ?}

{t:Merci mille fois}""",
  course=5, profile="academic", fmt="alt", cte="quoted-printable", sig="Roseline"),

M("samsung-en-colere-cours", "Mickaël Duret", "mickael.duret@ac-grenoble.fr", "2026-11-27 06:58", "samsung", "reply",
  "colère, mais question : il ne voit pas le parcours une fois connecté ; le guide répond (étape 3)",
  """{c:Ca fait 20 minutes que je tourne en rond sur votre site à 6h du matin.} {fc:Je suis connecté, j'ai la page d'accueil, et je vois aucune formation EPS.} {fc:Elle est où ???}""",
  course=13, cte="base64", fmt="plain"),

M("ooo-outlook-rule-no-header", "Corinne Besson", "corinne.besson@ac-grenoble.fr", "2026-11-26 12:03", "outlook", "ignore",
  "absence envoyée par une règle Outlook, sans en-tête automatique",
  """{r:Absente du 26 novembre au 4 décembre (stage). Je lirai vos messages à mon retour.}
{r:C. Besson}""",
  robot="rule_oof", course=12, subject="Absent du bureau : Invitation : Pix+Édu : développer ses compétences numériques"),

M("inline-reponses-entre-lignes", "Damien Collomb", "damien.collomb@ac-grenoble.fr", "2026-11-20 16:40", "thunderbird", "reply",
  "répond entre les lignes de l'invitation : ne sait pas quel bouton et ne trouve pas la formation",
  """Le 17/11/2026 à 10:05, EAFC Grenoble a écrit :
> Bonjour,
>
> Vous êtes inscrit(e) à la formation « Accueillir un élève allophone »
> (dispositif 26A0080241), animée par M. Karim Haddad.
>
> Cette formation hybride comprend une partie à distance sur la plateforme
> M@gistère. Pour rejoindre le parcours, connectez-vous à l'adresse suivante :
> https://magistere.education.fr/ac-grenoble/

{lg:Sur cette page il y a trois boutons de connexion, lequel est pour nous ?}
{c:J'ai essayé le premier au hasard et ça m'a demandé de choisir un "guichet", ce qui ne me parle pas du tout.}

> puis cliquez sur le titre de la formation dans la liste de vos parcours.

{fc:Quelle liste ? Je n'ai jamais vu de liste.}

> La partie à distance est ouverte à partir du 24 novembre.

{c:Ça laisse peu de temps !}

D. Collomb""",
  course=2, quote="inline"),

M("deadline-demain-uga-mdp-dsi", "Léa Fontaine", "lea.fontaine@etu.univ-grenoble-alpes.fr", "2026-12-01 22:36", "gmail", "escalate",
  "étudiante UGA : l'établissement (DSI) renvoie vers l'EAFC ; le guide n'a plus de réponse",
  """{g:Bonsoir,}

{c:Je dois rendre le travail du module demain midi.} {pw:J'ai oublié mon mot de passe UGA, j'ai contacté la DSI comme indiqué dans votre guide} {o:et ils me disent que ce n'est pas eux qui gèrent M@gistère et qu'il faut vous demander.} {o:Qui est-ce qui peut m'aider, du coup ???}""",
  course=16, fmt="alt", cte="quoted-printable", sig="Léa Fontaine\nM1 MEEF Anglais"),

M("merci-pour-rien-clos", "Francis Achard", "francis.achard@ac-grenoble.fr", "2026-11-27 19:15", "zimbra", "ignore",
  "clôt la demande (a trouvé seul), ton sarcastique mais rien à traiter",
  """{c:Laissez tomber, j'ai trouvé tout seul comme un grand.} {c:C'était le bouton bleu, évidemment.}""",
  course=10, sig="F. Achard"),

M("menace-syndicat-hors-temps", "Sylvie Chapuis", "sylvie.chapuis@ac-grenoble.fr", "2026-11-28 09:05", "outlook", "escalate",
  "plainte sur la formation imposée hors temps de service, menace d'en référer : un humain doit répondre",
  """{g:Madame, Monsieur,}

{o:Cette formation en distanciel est à réaliser sur notre temps libre, ce qui n'est pas acceptable.} {o:Si les heures ne sont pas décomptées de notre service, j'en informerai mon syndicat.} {c:Par ailleurs je n'arrive même pas à me connecter, ce qui en dit long.}""",
  headers=[("Importance", "high"), ("X-Priority", "1"), ("Disposition-Notification-To", "Sylvie Chapuis <sylvie.chapuis@ac-grenoble.fr>")], course=10, cs="windows-1252", cte="quoted-printable", fmt="alt",
  sig="Sylvie Chapuis\nProfesseure de lettres modernes\nCollège Marc Sangnier, Seyssins", topics=["login"]),

M("debutant-mdp-numen-majuscules", "Albert N'Diaye", "albert.ndiaye@ac-grenoble.fr", "2026-11-17 18:31", "owa", "reply",
  "mot de passe par défaut : NUMEN en majuscules, le guide répond ; inquiet de se tromper",
  """{g:Bonjour,}

{c:Je suis néo-contractuel et je n'ai jamais utilisé M@gistère.} {pw:Si j'ai bien compris, mon mot de passe est mon NUMEN ?} {pw:Est-ce que je dois l'écrire en majuscules ou en minuscules ?} {c:J'ai peur de bloquer mon compte à force d'essayer.}

{t:Je vous remercie.}""",
  course=2, fmt="html", cte="8bit", sig="Albert N'Diaye\nProfesseur contractuel de mathématiques"),

M("new-mail-sans-fil-hotmail", "Caroline Jacquier", "caro.jacquier@hotmail.fr", "2026-11-30 14:12", "outlook", "reply",
  "nouveau courriel sans citation ; invitée externe (compte manuel) qui ne retrouve plus son nom d'utilisateur",
  """{g:Bonjour,}

{c:Orthophoniste en libéral, je participe à la formation sur l'accueil des élèves allophones en tant que partenaire.} {un:J'ai perdu le mail avec mon nom d'utilisateur M@gistère.} {un:Est-il possible de le retrouver ?}

{t:Bien cordialement,}""",
  course=2, quote="none", subject="Nom d'utilisateur M@gistère perdu", sig="Caroline Jacquier"),

M("capitales-connexion-impossible", "Roger Blanchet", "roger.blanchet@orange.fr", "2026-11-21 10:44", "orange", "reply",
  "intervenant externe (compte invité) : ne sait pas se connecter ; majuscules et colère, question du guide seulement",
  """{lg:BONJOUR JE N'ARRIVE PAS A ME CONNECTER A VOTRE SITE.} {c:J'AI RECU UN NOM D'UTILISATEUR ET UN MOT DE PASSE PAR MAIL} {lg:MAIS JE NE VOIS PAS OU LES METTRE, IL N'Y A QUE DES BOUTONS ACADEMIE ET UNIVERSITE !!}
{c:JE NE SUIS NI L'UN NI L'AUTRE.}""",
  thread=False, course=5, cs="iso-8859-1", cte="quoted-printable", sig="R. BLANCHET"),

M("bounce-exchange-ndr", "Microsoft Outlook", "postmaster@outlook.fr", "2026-11-27 10:02", "outlook", "ignore",
  "rapport de non-remise Exchange Online",
  """{r:Votre message n'a pas pu être remis à marine.toussaint@outlook.fr, car l'adresse e-mail est introuvable ou ne peut pas recevoir d'e-mails.}

{r:Le serveur de messagerie a renvoyé l'erreur suivante : 550 5.5.0 Requested action not taken: mailbox unavailable.}""",
  robot="bounce", course=14, return_path="<>", subject="Non remis : Invitation : Enseigner l'oral en langues vivantes",
  thread=False, orig_to="marine.toussaint@outlook.fr",
  report="Reporting-MTA: dns;AM9PR01MB7761.eurprd01.prod.exchangelabs.com\nReceived-From-MTA: dns;mx1.ac-grenoble.fr\nArrival-Date: Fri, 27 Nov 2026 09:01:44 +0000\n\nFinal-Recipient: rfc822;marine.toussaint@outlook.fr\nAction: failed\nStatus: 5.5.0\nDiagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable"),

M("parcours-lien-erreur-page", "Emilie Roux-Martin", "emilie.rouxmartin@ac-grenoble.fr", "2026-11-26 20:29", "gmail", "escalate",
  "erreur à l'intérieur du parcours (ressource qui ne s'ouvre pas) : problème de cours, pas du guide",
  """{g:Bonjour,}

{c:J'ai réussi à me connecter et j'ai trouvé le parcours.} {o:Mais la vidéo du module 2 affiche "Erreur 404 - ressource introuvable" et le quiz ne se valide pas.} {o:Ça fait trois fois que je recommence, je perds mon temps.}""",
  course=11, fmt="alt", cte="quoted-printable", sig="Émilie Roux-Martin"),

M("tablette-excuse-deja-essaye", "Gisèle Marcoux", "gisele.marcoux@sfr.fr", "2026-11-25 11:18", "ipad", "reply",
  "AESH de l'académie (compte académique) qui a essayé le bouton violet par erreur : étape 2 académique",
  """{g:Bonjour}
{c:Pardon de vous embêter, je suis AESH au collège de Pont-de-Claix} {c:et ma fille m'a installé la tablette.} {lg:J'ai appuyé sur le bouton violet et ça me demande de choisir une université, moi je ne suis pas à l'université.} {lg:Je dois faire quoi ?}
{t:Merci}""",
  course=9, profile="academic", cte="quoted-printable", tagline="Envoyé de mon iPad"),

M("ras-le-bol-aucune-reponse", "Hervé Signoret", "herve.signoret@ac-grenoble.fr", "2026-11-30 17:52", "zimbra_gt", "escalate",
  "se plaint qu'on ne lui a pas répondu à deux messages et demande un interlocuteur : réclamation à traiter",
  """{c:Troisième message.} {o:Personne ne m'a répondu aux deux premiers.} {pw:Mon mot de passe ne fonctionne plus depuis la mise à jour de l'ENT} {o:et je voudrais parler à quelqu'un, un vrai humain, par téléphone.}""",
  headers=[("Importance", "high"), ("X-Priority", "1 (Highest)")], course=6, sig="Hervé Signoret\nProfesseur de physique-chimie\nLycée Louise Michel, Grenoble"),

M("tr-gmail-a-moi-meme", "Nathalie Vernet", "nathalie.vernet@ac-grenoble.fr", "2026-11-25 07:45", "gmail", "reply",
  "transfert de l'invitation avec une question : ne sait pas quel identifiant utiliser (section A)",
  """{g:Bonjour,}

{c:Je vous renvoie votre mail car je ne comprends pas.} {un:Quel est mon identifiant ? Je n'en ai jamais eu, j'utilise juste mon adresse nathalie.vernet@ac-grenoble.fr pour la messagerie.}""",
  course=3, quote="fwd_gmail", fmt="alt", cte="quoted-printable", sig="Nathalie Vernet"),

M("spam-phishing-maj-compte", "Service Messagerie", "support@ac-grenob1e-securite.com", "2026-11-29 03:14", "outlook", "ignore",
  "hameçonnage (spam) qui imite l'académie",
  """{r:Cher utilisateur,}
{r:Votre boîte de messagerie a atteint sa limite de stockage.} {r:Cliquez ici pour valider votre compte académique dans les 24 heures, sinon il sera supprimé :} {r:http://ac-grenob1e-securite.com/valider}
{r:Service informatique}""",
  robot="spam", course=1, subject="Votre compte sera suspendu", thread=False,
  headers=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=11.4 required=5.0")]),

M("smb-personnel-mdp-oublie", "Jérôme Pasquier", "jerome.pasquier@univ-smb.fr", "2026-11-28 11:40", "outlook", "reply",
  "enseignant-chercheur USMB : mot de passe oublié, le guide renvoie vers l'établissement",
  """{g:Bonjour,}

{pw:Je n'arrive plus à retrouver le mot de passe qui me permet de me connecter via le guichet Université Savoie Mont Blanc.} {pw:Je dois m'adresser à qui pour le récupérer ?}

{t:Merci et bonne journée}""",
  course=15, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Jérôme Pasquier\nMaître de conférences - IUT d'Annecy"),

M("pas-clair-ca-veut-dire-quoi", "Mathilde Genin", "mathilde.genin@ac-grenoble.fr", "2026-11-19 13:02", "iphone", "escalate",
  "message incompréhensible (on ne sait pas ce qu'elle demande)",
  """{u:??? c'est quoi ça} {u:je comprends rien je l'ai pas demandé}""",
  course=4, cte="8bit", tagline="Envoyé de mon iPhone"),

M("vieux-ordi-panique", "Bernadette Rivoire", "bernadette.rivoire@ac-grenoble.fr", "2026-12-01 15:22", "outlook", "reply",
  "secrétaire de l'académie, identifiant oublié, très inquiète : section A",
  """{g:Bonjour,}

{c:Je suis secrétaire de direction au collège Jean Vilar et je suis vraiment nulle avec l'informatique, je m'en excuse.} {un:Je ne me souviens plus de mon identifiant académique, je crois que c'était mon nom avec des chiffres mais je ne suis pas sûre.} {c:Je n'ose plus rien essayer.}

{t:Merci infiniment de votre aide.}""",
  course=17, cs="iso-8859-1", cte="quoted-printable", fmt="plain", sig="Bernadette Rivoire\nSecrétaire de direction"),

M("ouvert-le-1er-mais-rien", "Sébastien Lagarde", "sebastien.lagarde@ac-grenoble.fr", "2026-11-30 07:05", "outlook_mobile", "reply",
  "connecté, ne trouve pas le parcours ; ton pressé ; le guide répond (étape 3)",
  """{g:Bonjour}
{c:Je suis sur mon téléphone dans le bus.} {fc:Je suis bien connecté mais je ne vois pas le parcours Grand oral, juste une page d'accueil avec plein de trucs.} {fc:Comment je rentre dans la formation ?}""",
  course=7),

M("prof-autre-academie", "Pauline Esteve", "pauline.esteve@ac-lyon.fr", "2026-11-26 16:14", "zimbra", "reply",
  "professeure d'une autre académie (compte invité) qui ne sait pas comment se connecter : étape 2 autre cas",
  """{g:Bonjour,}

{c:Je suis professeure dans l'académie de Lyon, inscrite exceptionnellement à votre formation.} {lg:Mon identifiant académique lyonnais ne marche pas sur votre plateforme : comment dois-je me connecter ?} {c:J'ai reçu un mail avec un nom d'utilisateur M@gistère mais je pensais que c'était une erreur.}

{t:Merci !}""",
  course=11, sig="Pauline Estève\nLycée Ampère, Lyon"),

M("annule-desolee-erreur", "Lucie Perrier", "lucie.perrier@ac-grenoble.fr", "2026-11-23 10:45", "gmail_mobile", "ignore",
  "clôt sa demande précédente : elle s'était trompée de mot de passe et c'est réglé",
  """{g:Bonjour,}
{c:Oubliez mon message de ce matin,} {c:j'avais mis le mauvais mot de passe, tout fonctionne.} {t:Merci et pardon !}""",
  course=6, tagline=""),

M("defraiement-et-mdp", "Armand Giacomelli", "armand.giacomelli@ac-grenoble.fr", "2026-11-25 18:04", "thunderbird", "escalate",
  "question du guide (mot de passe) mélangée à une demande de frais de déplacement",
  """{g:Bonjour,}

{pw:Je ne connais pas mon mot de passe pour M@gistère.}
{o:Par ailleurs, pour la journée en présentiel à Grenoble, est-ce que les frais de déplacement depuis Briançon sont pris en charge ?} {c:C'est 2h30 de route.}

{t:Merci}""",
  course=8, sig="Armand Giacomelli\nLycée d'altitude, Briançon"),
]
