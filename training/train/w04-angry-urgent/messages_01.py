from msg import M

MESSAGES = [
M("troisieme-fois-mdp", "Sandrine Vial", "sandrine.vial@ac-grenoble.fr", "2026-11-24 22:41", "outlook", "reply",
  "académique, mot de passe refusé, colère mais seule la question du guide (réinitialisation NUMEN)",
  """{g:Bonjour,}

{c:C'est la TROISIEME fois ce soir que j'essaie de me connecter à votre plateforme.} {pw:Mon mot de passe est REFUSE à chaque fois alors que c'est celui de ma messagerie !!!} {pw:Comment je fais pour le changer ???}

{c:Franchement ça ne marche JAMAIS vos trucs.}""",
  headers=[("Importance", "high"), ("X-Priority", "1")], course=1, cs="windows-1252", cte="quoted-printable", fmt="alt",
  sig="Sandrine Vial\nProfesseure de SVT\nCollège Jules Vallès - Fontaine"),

M("formation-imposee-pas-le-temps", "Bernard Chassagne", "bernard.chassagne@ac-grenoble.fr", "2026-11-26 07:12", "zimbra", "escalate",
  "plainte contre la formation imposée et demande de dispense : un humain doit répondre ; l'identifiant oublié est aussi cité",
  """{g:Bonjour,}

{o:Je tiens à dire que cette formation m'est imposée par mon chef d'établissement et que je n'ai jamais demandé à la suivre.} {o:On nous demande encore de faire ça sur notre temps personnel, c'est inadmissible.}
{un:En plus je ne sais même pas quel est mon identifiant pour votre plateforme.}
{o:Je souhaite être dispensé de cette formation.}""",
  course=10, sig="B. Chassagne\nLycée Champollion"),

M("debutante-desolee-bouton", "Marie-Thérèse Fournier", "mt.fournier38@orange.fr", "2026-11-25 15:03", "orange", "reply",
  "AESH de l'académie (compte académique) débutante qui ne sait pas sur quel bouton cliquer : étape 2",
  """{g:Bonjour Madame, Monsieur,}

{c:Je vous prie de m'excuser de vous déranger, je ne suis vraiment pas douée avec les ordinateurs.} {c:Je suis AESH à l'école Jean Moulin d'Échirolles et j'ai bien reçu votre message.} {lg:Mais quand je vais sur le lien il y a plusieurs boutons "Connexion" et je ne sais pas lequel choisir.} {c:Je ne voudrais pas faire de bêtise.}

{t:Merci beaucoup de votre patience}""",
  course=9, profile="academic", cs="iso-8859-1", cte="quoted-printable",
  sig="Marie-Thérèse Fournier"),

M("ooo-outlook-conge", "Philippe Arnaud", "philippe.arnaud@ac-grenoble.fr", "2026-11-24 13:56", "outlook", "ignore",
  "réponse automatique d'absence Outlook (Auto-Submitted, X-Auto-Response-Suppress)",
  """{r:Bonjour,}

{r:Je suis absent jusqu'au lundi 7 décembre inclus.} {r:Pour toute urgence, merci de contacter le secrétariat au 04 76 00 00 00.}

{r:Cordialement,}
{r:Philippe Arnaud}""",
  robot="oof", course=9, subject="Réponse automatique : Invitation : Inclusion scolaire : accompagner les élèves à besoins particuliers (AESH)",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "philippe.arnaud@ac-grenoble.fr"), ("Thread-Topic", "Invitation")]),

M("deja-reinit-numen-refuse", "Laurent Pichon", "laurent.pichon@ac-grenoble.fr", "2026-11-26 18:20", "thunderbird", "escalate",
  "a déjà suivi la réinitialisation du guide avec son NUMEN et elle échoue : le guide ne va pas plus loin",
  """{g:Bonjour,}

{c:J'ai suivi votre guide à la lettre.} {pw:J'ai essayé mon NUMEN en majuscules comme mot de passe : refusé.} {pw:J'ai ensuite cliqué sur le lien de réinitialisation, j'ai saisi mon NUMEN, et j'obtiens "NUMEN ou identifiant incorrect".} {c:Mon NUMEN est pourtant recopié de mon arrêté.}
{o:Que dois-je faire maintenant ?} {c:La formation commence demain.}""",
  course=4, sig="-- \nLaurent Pichon\nCPE, collège Le Grésivaudan, Crolles"),

M("c-est-bon-reussi", "Aurélie Dantec", "aurelie.dantec@gmail.com", "2026-11-25 20:47", "gmail_mobile", "ignore",
  "clôt la demande : elle a réussi",
  """{g:Re bonjour,}
{c:Finalement c'est bon, j'ai réussi à me connecter avec le bouton bleu.} {t:Merci et désolée pour le dérangement !}""",
  course=2, tagline=""),

M("uga-doctorant-mdp", "Thomas Berthier", "thomas.berthier@univ-grenoble-alpes.fr", "2026-11-28 10:14", "thunderbird", "reply",
  "doctorant UGA qui a oublié son mot de passe : le guide renvoie vers l'établissement",
  """{g:Bonjour,}

{c:Je suis doctorant à l'UGA (LIG) et inscrit à la formation pédagogie universitaire.} {pw:J'ai oublié le mot de passe de mon compte universitaire, comment est-ce que je peux me connecter quand même ?}

{t:Merci d'avance,}""",
  course=15, sig="Thomas Berthier\nDoctorant - Laboratoire d'Informatique de Grenoble"),

M("urgent-capitales-lien-mort", "Nadia Benali", "nadia.benali@ac-grenoble.fr", "2026-11-30 23:05", "iphone", "escalate",
  "demande d'un appel et d'un délai : hors guide ; ne retrouve pas le parcours",
  """{c:URGENT}
{fc:JE SUIS CONNECTEE MAIS JE NE TROUVE PAS LA FORMATION NULLE PART !!!!} {c:LE TRAVAIL EST A RENDRE DEMAIN MATIN.} {o:APPELEZ MOI AU 06 12 34 56 78 OU REPOUSSEZ LA DATE}""",
  course=6, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("bounce-postfix-user-unknown", "Mail Delivery System", "MAILER-DAEMON@mx.ac-grenoble.fr", "2026-11-23 09:02", "outlook", "ignore",
  "rapport de non-remise (bounce) : adresse inconnue",
  """{r:This is the mail system at host mx.ac-grenoble.fr.}

{r:I'm sorry to have to inform you that your message could not be delivered to one or more recipients.} {r:It's attached below.}

{r:<j.martinez@ac-grenoble.fr>: host zimbra.ac-grenoble.fr[10.1.2.3] said: 550 5.1.1 <j.martinez@ac-grenoble.fr>: Recipient address rejected: User unknown in virtual mailbox table}""",
  robot="bounce", course=6, return_path="<>", subject="Undelivered Mail Returned to Sender",
  headers=[("Auto-Submitted", "auto-replied")], thread=False, orig_to="j.martinez@ac-grenoble.fr",
  report="Reporting-MTA: dns; mx.ac-grenoble.fr\nArrival-Date: Mon, 23 Nov 2026 09:01:58 +0100\n\nFinal-Recipient: rfc822; j.martinez@ac-grenoble.fr\nOriginal-Recipient: rfc822;j.martinez@ac-grenoble.fr\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; zimbra.ac-grenoble.fr\nDiagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown"),

M("retraitee-invitee-identifiants", "Josette Malavieille", "josette.malavieille@wanadoo.fr", "2026-12-01 09:38", "orange", "reply",
  "retraitée intervenante (compte invité manuel) qui n'a plus ni identifiant ni mot de passe : lien de récupération du guide",
  """{g:Bonjour,}

{c:Je suis professeure retraitée et j'interviens comme tutrice bénévole.} {c:Je m'excuse par avance, je ne suis pas très à l'aise avec tout cela.}
{un:On m'a dit que j'avais reçu un nom d'utilisateur par courriel il y a quelques semaines mais je ne le retrouve pas} {pw:et je n'ai pas de mot de passe non plus.}
{un:Comment puis-je faire ?}

{t:Avec mes remerciements}""",
  course=16, cs="iso-8859-1", cte="8bit", sig="Josette Malavieille"),

M("sarcasme-bravo-plateforme", "Cédric Lombard", "cedric.lombard@ac-grenoble.fr", "2026-11-26 12:33", "owa", "reply",
  "sarcasme, mais un seul problème : erreur au portail académique, mot de passe oublié probable ; le guide répond",
  """{s:Bravo pour la plateforme, vraiment.} {lg:Je clique sur Connexion, j'arrive sur une page de l'académie, je tape mon identifiant et on me dit "authentification échouée".} {pw:Je n'ai aucune idée du mot de passe qu'il faut mettre, celui du webmail je ne m'en souviens plus, je passe par l'ENT.}
{c:Il faut un doctorat pour suivre une formation maintenant ?}""",
  course=3, fmt="html", cte="quoted-printable",
  sig="Cédric Lombard\nPLP électrotechnique\nLycée professionnel Jean-Claude Aubry, Bourgoin-Jallieu"),

M("abandon-desinscription", "Valérie Roche", "valerie.roche@ac-grenoble.fr", "2026-11-29 21:15", "zimbra_gt", "escalate",
  "veut être désinscrite après échecs : demande hors guide",
  """{g:Bonjour,}

{c:J'ai passé une heure à essayer d'entrer sur M@gistère.} {lg:Impossible de me connecter, ça tourne en boucle sur la page de l'académie.}
{o:J'abandonne : merci de me désinscrire de cette formation, je la suivrai une autre année.}""",
  course=14, fmt="alt", cte="quoted-printable", sig="Valérie Roche\nprofesseure d'anglais, cité scolaire de Voiron"),

M("lu-accuse-lecture", "Patrick Giroud", "patrick.giroud@ac-grenoble.fr", "2026-11-21 08:01", "outlook", "ignore",
  "accusé de lecture (MDN)",
  """{r:Votre message}

{r:  À : Patrick Giroud}
{r:  Objet : Invitation : Prévention du harcèlement - programme pHARe}
{r:  Envoyé : vendredi 20 novembre 2026 11:20:04 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris}

{r:a été lu le samedi 21 novembre 2026 08:01:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.}""",
  robot="mdn", course=5, subject="Lu : Invitation : Prévention du harcèlement - programme pHARe", thread=True,
  report="Reporting-UA: OUTLOOK; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;patrick.giroud@ac-grenoble.fr\nOriginal-Message-ID: <invitation-2026-135@ac-grenoble.fr>\nDisposition: manual-action/MDN-sent-manually; displayed"),

M("inp-etudiant-guichet", "Yanis Carrel", "yanis.carrel@grenoble-inp.org", "2026-11-30 16:48", "gmail", "reply",
  "étudiant Grenoble INP (compte INP) qui ne trouve pas son guichet : étape 2 enseignement supérieur",
  """{g:Bonjour,}

{c:Étudiant en 2e année à Phelma, je dois suivre le module tuteurs MEEF.} {lg:Quand je clique sur le bouton violet je tombe sur une liste de guichets et je ne vois pas lequel prendre pour Grenoble INP.} {lg:C'est SUPIDP ou autre chose ?}

{t:Merci}""",
  course=16, profile="university", fmt="alt", cte="quoted-printable", sig="Yanis"),

M("numen-lequel-angoisse", "Fatima Ouali", "fatima.ouali@ac-grenoble.fr", "2026-11-18 19:22", "iphone", "reply",
  "ne sait pas quel est son identifiant ni ce qu'est le mot de passe par défaut : sections A et B",
  """{g:Bonjour,}
{c:Pardon si ma question est bête, c'est ma première formation à distance.} {un:Je ne sais pas ce que c'est "mon identifiant académique", est-ce que c'est mon adresse mail ?} {pw:Et le mot de passe, on me parle de NUMEN, c'est quoi exactement le mot de passe qu'il faut mettre ?}
{t:Merci beaucoup et bonne soirée}""",
  course=3, cte="quoted-printable", tagline="Envoyé de mon iPhone"),

M("partenaire-asso-pas-recu-mail", "Grégoire Tissot", "g.tissot@lesptitsdebrouillards-aura.org", "2026-12-01 11:02", "thunderbird", "escalate",
  "intervenant externe : a déjà utilisé la récupération par courriel sans rien recevoir ; le guide ne va pas plus loin",
  """{g:Bonjour,}

{c:Animateur associatif, je suis inscrit comme intervenant extérieur sur la formation EDD.}
{pw:J'ai utilisé le lien "Nom d'utilisateur ou mot de passe oublié ?" avec mon adresse, trois fois, et je n'ai jamais reçu aucun courriel (ni dans les spams).} {o:Pouvez-vous vérifier quelle adresse est enregistrée pour moi ?}

{t:Merci,}""",
  course=18, sig="Grégoire Tissot\nLes Petits Débrouillards Auvergne-Rhône-Alpes"),

M("ne-marche-jamais-gmail", "Kevin Faure", "kevin.faure38@gmail.com", "2026-12-01 07:31", "gmail_mobile", "reply",
  "contractuel de l'académie (compte académique) qui ne sait pas quel identifiant utiliser : section A",
  """{c:Ça marche JAMAIS !!!} {c:Je suis contractuel en techno au collège de Vizille depuis septembre} {un:et personne ne m'a jamais donné d'identifiant académique, je fais comment moi ???}""",
  course=12, profile="academic", tagline="", fmt="alt", cte="base64"),

M("ooo-zimbra-vacances", "Hélène Ravel", "helene.ravel@ac-grenoble.fr", "2026-11-27 10:01", "zimbra", "ignore",
  "message d'absence Zimbra (Auto-Submitted vacation)",
  """{r:Bonjour,}
{r:Je suis en congé de formation jusqu'au 11 décembre. Votre message sera traité à mon retour.}
{r:Hélène Ravel}""",
  robot="oof", course=13, subject="Re: Invitation : Accompagner les néo-titulaires en EPS",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")]),

M("deux-problemes-mdp-parcours", "Stéphanie Gallet", "stephanie.gallet@ac-grenoble.fr", "2026-11-19 17:44", "outlook_line", "reply",
  "mot de passe oublié puis parcours introuvable : deux sections du guide",
  """{g:Bonjour,}

{c:Je vous écris pour la deuxième fois, je commence à désespérer.}
{pw:1) J'avais changé mon mot de passe académique en septembre et je l'ai oublié.}
{fc:2) Ma collègue qui a réussi à se connecter me dit qu'elle ne voit pas la formation dans ses parcours, donc j'ai peur d'avoir le même souci : où est-ce qu'on la trouve ?}

{t:Merci d'avance}""",
  course=4, cs="windows-1252", cte="8bit", fmt="alt", sig="Stéphanie Gallet\nProfesseure des écoles, école primaire Painlevé, Grenoble"),

M("attestation-et-colere", "Jean-Marc Oddos", "jm.oddos@free.fr", "2026-12-01 18:09", "roundcube", "escalate",
  "demande d'attestation et plainte : hors guide",
  """{g:Bonjour,}

{c:J'ai fini par réussir à me connecter après trois jours de galère, merci pour rien.} {o:Maintenant je veux une attestation des heures que j'ai passées à essayer de rentrer sur votre site.} {o:Et je veux savoir à qui adresser une réclamation.}""",
  course=7, profile="other", sig="JM Oddos"),

M("debutant-ou-taper-adresse", "Gilbert Sarrazin", "gilbert.sarrazin@laposte.net", "2026-11-25 14:26", "roundcube", "reply",
  "intervenant invité (compte manuel) qui ne sait pas où taper l'adresse ni quel bouton : étape 2 autre cas",
  """{g:Bonjour}
{c:excusez moi je suis pas doué du tout avec internet, c'est ma fille qui m'a créé cette adresse.} {c:je suis intervenant pour le secourisme, on m'a envoyé un identifiant par mail.} {lg:je sais pas ou il faut taper l'adresse de magistere ni sur quoi appuyer apres}
{t:merci de votre aide}""",
  course=8, sig="Gilbert"),

M("ack-mairie-accuse", "Mairie de Saint-Égrève", "accueil@mairie-saint-egreve.fr", "2026-11-24 10:12", "outlook", "ignore",
  "accusé de réception automatique d'une mairie",
  """{r:Madame, Monsieur,}

{r:Nous accusons bonne réception de votre courriel.} {r:Il sera transmis au service concerné qui vous répondra dans les meilleurs délais.}

{r:Ceci est un message automatique, merci de ne pas y répondre.}
{r:Le service Accueil - Mairie de Saint-Égrève}""",
  robot="ack", course=8, subject="Accusé de réception : Invitation : Sécurité et premiers secours au travail (SST)",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")]),

M("smb-etudiante-compte-aca", "Chloé Perret", "chloe.perret@etu.univ-smb.fr", "2026-12-01 13:37", "gmail", "reply",
  "étudiante USMB (compte universitaire) qui essaie le bouton bleu par erreur : étape 2 enseignement supérieur",
  """{g:Bonjour,}

{c:Je suis en master MEEF à l'USMB, à Chambéry.} {lg:J'ai essayé de me connecter avec le bouton bleu de l'académie en tapant mon identifiant étudiant et ça me dit identifiant inconnu.} {lg:Je me suis trompée de bouton ?}

{t:Merci beaucoup}""",
  course=16, fmt="alt", cte="quoted-printable", sig="Chloé Perret"),

M("fin-mot-desinscription-sarcasme", "Olivier Mandon", "olivier.mandon@ac-grenoble.fr", "2026-11-30 08:55", "zimbra", "escalate",
  "plainte ironique sur le déroulé et contestation de la date : demande hors guide",
  """{s:Merci pour cette magnifique invitation reçue un lundi pour une ouverture le lundi suivant.} {o:Vous savez qu'on a des conseils de classe cette semaine ?} {o:Je demande que la date de la partie à distance soit décalée, ou qu'on me dise si c'est obligatoire.}""",
  course=6, sig="O. Mandon\nprofesseur de mathématiques\nCollège des Saules, Eybens"),

M("deja-tout-essaye-parcours", "Isabelle Comte", "isabelle.comte@ac-grenoble.fr", "2026-12-01 20:02", "outlook", "escalate",
  "connectée, a déjà utilisé la recherche et le menu Se former du guide sans trouver le parcours : pas d'autre réponse dans le guide",
  """{g:Bonjour,}

{c:Je me suis connectée sans problème avec le bouton bleu.} {fc:Mais la formation "Lecture et compréhension au CP" n'apparaît pas dans ma liste.} {fc:J'ai tapé "Lecture" dans la recherche de la page d'accueil et j'ai aussi regardé dans "Tous mes parcours" > "Se former" : rien.} {o:Suis-je vraiment inscrite ?}

{t:Merci de votre aide,}""",
  course=19, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Isabelle Comte\nPE, école maternelle Les Buclos, Meylan"),
]
