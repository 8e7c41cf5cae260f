from msg import M

MESSAGES = [
M("aca-sender-compte-uga", "Camille Brosse", "camille.brosse@ac-grenoble.fr", "2026-11-30 18:10", "zimbra", "reply",
  "adresse académique mais inscrite avec son compte étudiant UGA (profil université) : mot de passe UGA oublié",
  """{g:Bonjour,}

{c:Je suis AED dans un collège mais je suis inscrite à cette formation en tant qu'étudiante de master à l'UGA, avec mon compte étudiant.} {pw:J'ai oublié le mot de passe de ce compte étudiant.} {pw:Comment le récupérer ?}

{t:Merci}""",
  course=16, profile="university", sig="Camille Brosse"),

M("uga-sender-prof-academie", "Antoine Mercier", "antoine.mercier@univ-grenoble-alpes.fr", "2026-11-21 09:30", "thunderbird", "reply",
  "adresse UGA mais professeur du secondaire qui se connecte avec son compte académique : bouton à choisir",
  """{g:Bonjour,}

{c:Je suis professeur de mathématiques au lycée Berthollet et j'ai aussi un service partagé à l'UGA, d'où cette adresse.} {c:Pour cette formation je dois utiliser mon compte académique.} {lg:Je clique sur quel bouton de connexion ?}

{t:Merci,}""",
  course=5, profile="academic", sig="Antoine Mercier"),

M("hurle-trois-jours-parcours-mdp", "Géraldine Fabre", "geraldine.fabre@ac-grenoble.fr", "2026-11-26 21:55", "iphone", "reply",
  "énervée, deux problèmes du guide : mot de passe puis parcours",
  """{c:TROIS JOURS !!!} {pw:Trois jours que j'essaie de retrouver mon mot de passe} {fc:et quand j'y arrive enfin je ne vois pas la formation !!!} {fc:Elle est où cette formation ???}""",
  course=11, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("excuse-demander-encore-identifiant-invite", "Sophie Lemoine", "sophie.lemoine@gmail.com", "2026-11-23 10:10", "gmail", "reply",
  "psychologue libérale invitée (compte manuel) : ne sait plus son nom d'utilisateur, s'excuse",
  """{g:Bonjour,}

{c:Je suis désolée de vous solliciter encore.} {c:Je suis psychologue et j'interviens en tant qu'experte dans le module pHARe.} {un:Je n'arrive pas à retrouver le nom d'utilisateur qui m'a été envoyé.}

{t:Merci de votre compréhension,}""",
  course=5, fmt="alt", cte="quoted-printable", sig="Sophie Lemoine\nPsychologue clinicienne"),

M("ooo-outlook-conge-maladie-sans-header", "Jean-Luc Perret", "jean-luc.perret@ac-grenoble.fr", "2026-11-30 13:26", "outlook", "ignore",
  "réponse d'absence sans en-têtes standard (règle Outlook), sujet « Absent »",
  """{r:Bonjour,} {r:je suis absent pour raison de santé.} {r:Merci de vous adresser à la vie scolaire.}""",
  robot="rule_oof", course=17, subject="Absent : Invitation : Gestion administrative des EPLE : nouveautés Op@le"),

M("retour-recu-guide-deja-lu-inutile", "Patrick Sauvage", "patrick.sauvage@ac-grenoble.fr", "2026-11-28 08:20", "owa", "escalate",
  "a déjà suivi le guide (bouton bleu, identifiant, mot de passe réinitialisé) et le portail affiche une erreur non décrite",
  """{c:Ne me renvoyez pas le guide, je l'ai lu trois fois.} {pw:Mot de passe réinitialisé avec mon NUMEN : OK.} {lg:Bouton bleu, identifiant, mot de passe : le portail académique affiche "Erreur 500 - Internal Server Error".} {o:Qui peut régler ça ?}""",
  course=13, fmt="html", cte="quoted-printable", sig="P. Sauvage\nProfesseur d'EPS"),

M("fille-aesh-gmail-mdp-numen", "Aïcha Diallo", "aicha.diallo.aesh@gmail.com", "2026-11-25 17:00", "gmail_mobile", "escalate",
  "AESH de l'académie (compte académique) : mot de passe par défaut (section B), mais demande où trouver son NUMEN, ce que le guide ne dit pas",
  """{g:Bonjour,}
{c:je suis AESH au lycée de Vizille.} {pw:on m'a dit que mon mot de passe c'est mon numen} {o:mais je sais pas c'est quoi le numen ni ou le trouver}
{t:merci}""",
  course=9, profile="academic", tagline="", fmt="alt", cte="quoted-printable"),

M("plainte-guide-illisible-et-question", "Paul-Henri Jaubert", "paul-henri.jaubert@ac-grenoble.fr", "2026-11-19 20:00", "outlook", "reply",
  "râle sur le guide mais sa seule question porte sur le bouton à choisir : le guide y répond",
  """{s:Votre guide avec ses captures d'écran manquantes est illisible.} {lg:Je veux juste savoir : pour un professeur de lycée, c'est le bouton bleu ou le violet ?}""",
  course=3, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="P.-H. Jaubert"),

M("ack-college-secretariat", "Secrétariat Collège Les Allobroges", "ce.0381234a@ac-grenoble.fr", "2026-11-17 10:06", "outlook", "ignore",
  "accusé de réception automatique de la boîte d'un établissement",
  """{r:Nous avons bien reçu votre message.} {r:Le secrétariat est ouvert du lundi au vendredi de 8h à 16h30.} {r:Ce message est généré automatiquement.}""",
  robot="ack", course=2, subject="Réponse automatique : Invitation : Accueillir un élève allophone",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

M("cpe-deux-comptes-fusion", "Nathan Bellier", "nathan.bellier@ac-grenoble.fr", "2026-11-27 14:33", "zimbra_gt", "escalate",
  "voit deux comptes M@gistère (ancien invité et académique) : situation hors guide",
  """{g:Bonjour,}

{c:Avant d'être titularisé j'avais un compte invité M@gistère.} {c:Maintenant je me connecte avec mon compte académique,} {fc:mais la formation n'apparaît que sur l'ancien compte invité, dont j'ai oublié le mot de passe.} {o:Pouvez-vous transférer l'inscription sur mon compte académique ?}

{t:Merci}""",
  course=12, fmt="alt", cte="quoted-printable", sig="Nathan Bellier\nCPE, collège Les Mattons, Vizille"),

M("desesperee-phrase-unique", "Elodie Charpin", "elodie.charpin@ac-grenoble.fr", "2026-11-29 23:59", "samsung", "reply",
  "détresse, ne sait pas se connecter : étape 2",
  """{lg:Je n'y arrive pas je n'arrive pas à me connecter aidez moi svp je suis nulle}""",
  course=14, cte="base64"),

M("lp-tuteur-entreprise-html", "Karine Ollivier", "k.ollivier@boulangerie-ollivier.fr", "2026-12-01 08:45", "outlook", "reply",
  "tutrice en entreprise (compte manuel) : ne sait pas comment se connecter ni où trouver la formation",
  """{g:Bonjour,}

{c:Je suis tutrice d'une apprentie en CAP boulangerie et j'ai été inscrite à la formation des tuteurs.} {c:Je ne suis pas du métier de l'enseignement, désolée si mes questions sont naïves.} {lg:Comment je me connecte ?} {fc:Et ensuite où je trouve la formation ?}

{t:Merci beaucoup}""",
  course=16, fmt="html", cte="quoted-printable", cs="windows-1252", sig="Karine Ollivier\nBoulangerie Ollivier, Voreppe"),

M("urgent-vendredi-formatrice-liste", "Mélanie Guérin", "melanie.guerin@ac-grenoble.fr", "2026-11-30 11:00", "outlook", "escalate",
  "formatrice qui demande la liste des inscrits et l'accès enseignant au parcours : hors guide",
  """{g:Bonjour,}

{c:Je suis co-formatrice sur ce dispositif.} {o:J'ai besoin en urgence de la liste des stagiaires inscrits} {o:et de mes droits de formatrice sur le parcours, je ne peux rien modifier.} {c:La séance a lieu vendredi.}""",
  course=7, fmt="alt", cte="quoted-printable", sig="Mélanie Guérin\nFormatrice académique"),

M("read-receipt-zimbra", "Nadège Poulet", "nadege.poulet@ac-grenoble.fr", "2026-11-18 16:12", "zimbra", "ignore",
  "accusé de lecture (Zimbra)",
  """{r:Le message suivant a été lu :}
{r:Objet : Invitation : Enseigner avec le numérique en lycée professionnel}
{r:De : EAFC Grenoble <formation-magistere@ac-grenoble.fr>}""",
  robot="mdn", course=3, subject="Lu : Invitation : Enseigner avec le numérique en lycée professionnel",
  report="Reporting-UA: zimbra.ac-grenoble.fr; Zimbra\nFinal-Recipient: rfc822;nadege.poulet@ac-grenoble.fr\nOriginal-Message-ID: <invitation-2026-121@ac-grenoble.fr>\nDisposition: manual-action/MDN-sent-manually; displayed"),

M("etu-smb-ne-trouve-pas-parcours", "Lina Morel", "lina.morel@etu.univ-smb.fr", "2026-12-01 11:20", "gmail", "reply",
  "étudiante USMB connectée qui ne trouve pas le parcours : étape 3",
  """{g:Bonjour,}

{c:J'ai réussi à me connecter par le guichet de l'USMB.} {fc:Par contre je ne vois pas la formation tuteurs, j'ai juste une page d'accueil vide.}

{t:Merci d'avance}""",
  course=16, fmt="alt", cte="quoted-printable", sig="Lina"),

M("sarcasme-merci-invitation-3e-fois", "Benjamin Aubert", "benjamin.aubert@ac-grenoble.fr", "2026-11-24 09:10", "thunderbird", "escalate",
  "reçoit l'invitation pour la 3e fois alors qu'il a déjà fait la formation : demande hors guide",
  """{s:Merci, c'est la troisième fois que je reçois cette invitation.} {o:J'ai déjà suivi et validé cette formation l'an dernier.} {o:Pourriez-vous me retirer de la liste ?}""",
  course=1, sig="B. Aubert"),

M("premiere-connexion-tout-nouveau", "Zoé Lambert", "zoe.lambert@ac-grenoble.fr", "2026-11-17 12:00", "owa", "reply",
  "première connexion, tout à découvrir : identifiant, mot de passe, connexion",
  """{g:Bonjour,}

{c:Je viens d'arriver dans l'académie comme contractuelle en espagnol, c'est ma toute première connexion et je suis un peu perdue.} {un:Quel est mon identifiant ?} {pw:Quel est mon mot de passe ?} {lg:Et sur quel bouton je clique ?} {c:Désolée pour toutes ces questions.}

{t:Merci !}""",
  course=2, fmt="html", cte="quoted-printable", sig="Zoé Lambert\nProfesseure contractuelle d'espagnol"),

M("bounce-orange-inconnu", "Mail Delivery System", "MAILER-DAEMON@orange.fr", "2026-11-26 08:22", "outlook", "ignore",
  "non-remise (adresse Orange inconnue)",
  """{r:This is the mail system at host smtp.orange.fr.}
{r:Your message could not be delivered to the following address:}
{r:<michele.roux123@orange.fr>: 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416}""",
  robot="bounce", course=12, return_path="<MAILER-DAEMON>", subject="Undelivered Mail Returned to Sender", thread=False,
  orig_to="michele.roux123@orange.fr",
  report="Reporting-MTA: dns; smtp.orange.fr\n\nFinal-Recipient: rfc822; michele.roux123@orange.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Invalid recipient. OFR_416"),

M("retraite-sans-compte-aca", "Michel Blanchard", "michel.blanchard38@orange.fr", "2026-11-26 15:15", "orange", "reply",
  "professeur retraité sans compte académique (compte invité) : ne sait pas comment se connecter",
  """{g:Bonjour,}

{c:Professeur retraité depuis juin, je n'ai plus accès à ma messagerie académique.} {c:Je participe à la formation en tant que tuteur bénévole pour les néo-titulaires.} {lg:Comment dois-je me connecter, puisque je n'ai plus de compte académique ?}

{t:Merci}""",
  course=13, cs="iso-8859-1", cte="quoted-printable", sig="Michel Blanchard"),

M("double-demande-attestation-lien", "Laure Fontanel", "laure.fontanel@ac-grenoble.fr", "2026-12-02 08:50", "apple", "escalate",
  "demande d'attestation de présence + comment rejoindre le parcours",
  """{g:Bonjour,}
{fc:Comment est-ce que je rejoins le parcours une fois connectée ?} {o:Et pourrez-vous m'envoyer une attestation de formation pour mon dossier de promotion ?}
{t:Merci}""",
  course=20, cte="quoted-printable", sig="Laure"),

M("hotmail-autre-academie-lyon-mdp", "Agathe Rivet", "agathe.rivet@hotmail.fr", "2026-11-27 17:45", "outlook", "reply",
  "enseignante de l'académie de Lyon (compte invité manuel) qui a oublié son mot de passe M@gistère",
  """{g:Bonjour,}

{c:Enseignante dans l'académie de Lyon, on m'a créé un compte M@gistère chez vous.} {pw:J'ai oublié le mot de passe de ce compte.}

{t:Merci de votre aide,}""",
  course=14, fmt="alt", cte="quoted-printable", sig="Agathe Rivet"),

M("menace-arret-travail-stress", "Noémie Jourdan", "noemie.jourdan@ac-grenoble.fr", "2026-11-30 21:40", "gmail_mobile", "escalate",
  "détresse, dit ne plus pouvoir : situation qui demande un humain (plainte, stress), plus problème de connexion",
  """{c:Je n'en peux plus.} {o:Entre les classes, les parents et maintenant cette formation que je n'arrive même pas à ouvrir, je vais finir en arrêt.} {lg:Je n'arrive pas à me connecter, rien ne marche.} {o:Est-ce que quelqu'un peut m'appeler ?}""",
  course=6, tagline="", fmt="alt", cte="quoted-printable"),

M("ok-merci-bouton-bleu", "Pierre Marechal", "pierre.marechal@ac-grenoble.fr", "2026-11-19 09:05", "outlook", "ignore",
  "remerciement qui clôt (a réussi avec le bouton bleu)",
  """{c:Ok c'était le bouton bleu, c'est bon.} {t:Merci.}""",
  course=3, fmt="alt", cte="quoted-printable", sig="P. Maréchal"),

M("ne-recoit-pas-mail-reinit-aca", "Claudine Espitalier", "claudine.espitalier@ac-grenoble.fr", "2026-11-22 15:00", "zimbra", "escalate",
  "a déjà utilisé le lien de réinitialisation académique, le courriel n'arrive jamais : au-delà du guide",
  """{g:Bonjour,}

{pw:J'ai fait la réinitialisation du mot de passe par le lien du guide, avec mon NUMEN.} {pw:On me dit qu'un mail m'a été envoyé sur mon adresse personnelle, mais je ne reçois rien depuis deux jours.} {o:Que faire ?}

{t:Merci}""",
  course=4, fmt="alt", cte="quoted-printable", sig="Claudine Espitalier\nSecrétaire, IEN Grenoble 2"),
]
