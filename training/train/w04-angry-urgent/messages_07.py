from msg import M

MESSAGES = [
M("suite-reponse-auto-toujours-pas", "Hélène Bonnard", "helene.bonnard@ac-grenoble.fr", "2026-11-25 19:30", "outlook", "escalate",
  "répond à la réponse automatique : a appliqué la section B, le NUMEN est refusé, le guide est épuisé",
  """{g:Bonjour,}

{c:Merci pour la réponse automatique, mais ça ne m'aide pas.} {pw:J'ai fait exactement ce qui est écrit : NUMEN en majuscules, refusé ; lien de réinitialisation, "les informations saisies ne permettent pas de vous identifier".} {o:Il me faut quelqu'un qui regarde mon compte.}""",
  course=9, subject="RE: Invitation : Inclusion scolaire : accompagner les élèves à besoins particuliers (AESH)",
  cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Hélène Bonnard\nProfesseure ressource ASH"),

M("pour-collegue-mdp", "Jacqueline Roy", "jacqueline.roy@ac-grenoble.fr", "2026-11-24 12:40", "zimbra", "reply",
  "écrit pour une collègue de l'académie qui a oublié son mot de passe : le guide répond",
  """{g:Bonjour,}

{c:Je vous écris pour ma collègue Mme Dubreuil, qui n'a pas accès à sa messagerie en ce moment.} {pw:Elle a oublié son mot de passe académique et ne peut donc pas entrer sur M@gistère.} {pw:Comment peut-elle le réinitialiser ?}

{t:Merci pour elle.}""",
  course=6, sig="J. Roy\nProfesseure des écoles, école de Seyssinet"),

M("compte-bloque-peur", "Annabelle Cros", "annabelle.cros@ac-grenoble.fr", "2026-11-28 18:50", "iphone", "escalate",
  "craint d'avoir bloqué son compte après plusieurs essais : question que le guide ne traite pas",
  """{g:Bonjour}
{pw:J'ai essayé cinq fois mon mot de passe et je crois que je me suis trompée à chaque fois.} {o:Est-ce que mon compte est bloqué maintenant ? J'ai tellement peur d'avoir tout cassé.}
{c:Pardon}""",
  course=11, tagline="Envoyé de mon iPhone", cte="quoted-printable"),

M("outlook-inline-sans-chevrons", "Gérard Bouchet", "gerard.bouchet@ac-grenoble.fr", "2026-11-20 11:11", "outlook", "reply",
  "répond en rouge au milieu de l'invitation (sans chevrons) : ne sait pas quel bouton ni où est la liste",
  """-----Message d'origine-----
De : EAFC Grenoble <formation-magistere@ac-grenoble.fr>
Envoyé : mercredi 18 novembre 2026 14:12
À : Gérard Bouchet <gerard.bouchet@ac-grenoble.fr>
Objet : Invitation : Enseigner avec le numérique en lycée professionnel

Bonjour,

Vous êtes inscrit(e) à la formation « Enseigner avec le numérique en lycée professionnel » (dispositif 26A0080318), animée par M. Julien Perrin.

Cette formation hybride comprend une partie à distance sur la plateforme M@gistère. Pour rejoindre le parcours, connectez-vous à l'adresse suivante :
https://magistere.education.fr/ac-grenoble/
[GB] {lg:j'y suis allé, il y a 3 boutons "connexion", je prends lequel ?}
puis cliquez sur le titre de la formation dans la liste de vos parcours.
[GB] {fc:je n'ai pas de liste, rien}""",
  course=3, quote="inline", fmt="plain", cs="windows-1252", cte="quoted-printable"),

M("colere-formation-en-ligne-vs-presentiel", "Danielle Bernard", "danielle.bernard@ac-grenoble.fr", "2026-11-18 17:00", "thunderbird", "escalate",
  "plainte sur le format à distance, veut du présentiel : demande hors guide",
  """{g:Bonjour,}

{o:Je m'étais inscrite à une formation en présentiel, pas à un parcours en ligne à faire seule devant mon écran.} {o:Je souhaite savoir s'il existe une session en présentiel, sinon je me désiste.}""",
  course=1, sig="Danielle Bernard\nProfesseure de technologie"),

M("stagiaire-inspe-compte-quel", "Manon Brault", "manon.brault@etu.univ-grenoble-alpes.fr", "2026-11-30 22:05", "gmail", "reply",
  "stagiaire M2 à l'INSPE (compte UGA) : ne sait pas comment se connecter",
  """{g:Bonsoir,}

{c:Je suis en M2 MEEF à l'INSPE, en stage en responsabilité.} {lg:Je ne sais pas du tout comment me connecter à M@gistère : avec quel compte et quel bouton ?}

{t:Merci beaucoup,}""",
  course=16, fmt="alt", cte="quoted-printable", sig="Manon Brault"),

M("tout-petit-message-merci", "Luc Granger", "luc.granger@ac-grenoble.fr", "2026-11-27 08:02", "gmail_mobile", "ignore",
  "simple remerciement, rien à traiter",
  """{t:Bien reçu, merci.}""",
  course=12, tagline=""),

M("menace-abandon-et-oublie-identifiant", "Arnaud Faucher", "arnaud.faucher@ac-grenoble.fr", "2026-11-21 22:30", "zimbra", "reply",
  "ultimatum émotionnel mais seule question : identifiant oublié",
  """{c:Dernière tentative avant que je laisse tomber.} {un:Je ne connais pas mon identifiant académique, je ne l'ai jamais su.} {un:Comment on le trouve ?}""",
  course=5, sig="A. Faucher"),

M("samsung-html-aesh-bouton", "Yasmina Haddou", "yasmina.haddou@ac-grenoble.fr", "2026-11-26 12:25", "samsung", "reply",
  "AESH, ne voit pas comment se connecter, sur téléphone",
  """{g:Bonjour,}
{c:je suis AESH et c'est la première fois.} {lg:Sur le site il faut cliquer où pour mettre mon identifiant ?}
{t:Merci d'avance}""",
  course=9, fmt="alt", cte="quoted-printable"),

M("lien-guide-ne-marche-pas", "Cyril Moulin", "cyril.moulin@ac-grenoble.fr", "2026-11-24 18:45", "outlook", "escalate",
  "les liens du guide ne fonctionnent pas (pièce jointe) : incident à vérifier",
  """{g:Bonjour,}

{o:Dans votre guide PDF, les liens "identifiant oublié" et "mot de passe oublié" ne sont pas cliquables, ils ne mènent nulle part.} {un:Du coup je ne peux pas retrouver mon identifiant.} {o:Pouvez-vous m'envoyer les vraies adresses ?}""",
  course=8, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Cyril Moulin\nAgent de laboratoire, lycée Charles Gabriel Pravaz"),

M("ooo-iphone-vacation-imap", "Sandra Pellissier", "sandra.pellissier@free.fr", "2026-11-23 16:00", "roundcube", "ignore",
  "répondeur de vacances Free (en-têtes X-Autorespond)",
  """{r:Je suis actuellement absente et je prendrai connaissance de votre message à mon retour le 1er décembre.}""",
  robot="oof", course=7, subject="Re: Invitation : Le grand oral : accompagner les élèves",
  headers=[("X-Autorespond", "vacation"), ("Precedence", "junk")]),

M("sarcastique-plateforme-du-siecle-dernier", "Hugues Lenoir", "hugues.lenoir@ac-grenoble.fr", "2026-11-27 15:05", "owa", "reply",
  "sarcasme sur la plateforme, question unique sur le bouton à choisir",
  """{s:Magnifique, une plateforme qui affiche trois boutons "Connexion" de couleurs différentes.} {lg:Je suis prof d'histoire en lycée, je suis censé cliquer sur lequel, le bleu, le violet ou l'autre ?}""",
  course=14, fmt="html", cte="quoted-printable", sig="H. Lenoir"),

M("tr-thunderbird-collegue-pas-recue", "Sylvie Mazet", "sylvie.mazet@ac-grenoble.fr", "2026-11-27 13:00", "thunderbird", "escalate",
  "transfère l'invitation pour demander pourquoi une collègue ne l'a pas reçue : hors guide",
  """{g:Bonjour,}

{o:Ma collègue Mme Pons devait être inscrite comme moi à cette formation mais elle n'a rien reçu.} {o:Pouvez-vous vérifier ?}

{t:Merci,}""",
  course=13, quote="fwd_thunderbird", subject="Fwd: Invitation : Accompagner les néo-titulaires en EPS", sig="S. Mazet\nProfesseure d'EPS, coordonnatrice"),

M("deja-guichet-uga-identifiant-oublie", "Bastien Roche", "bastien.roche@univ-grenoble-alpes.fr", "2026-11-29 10:00", "outlook", "reply",
  "personnel UGA qui a oublié son identifiant universitaire : le guide renvoie vers l'établissement",
  """{g:Bonjour,}

{c:Au guichet de l'UGA, on me demande mon identifiant,} {un:et je ne sais plus si c'est mon adresse ou un identifiant du type "rocheba".}

{t:Merci pour votre aide.}""",
  course=15, fmt="alt", cte="quoted-printable", sig="Bastien Roche\nTechnicien audiovisuel, SIMSU"),

M("clos-aussi-collegue-ok", "Catherine Vidal", "catherine.vidal@ac-grenoble.fr", "2026-11-26 17:20", "zimbra", "ignore",
  "clôt la demande pour elle et sa collègue",
  """{g:Bonjour,}
{c:Ma collègue et moi avons finalement pu nous connecter et trouver la formation.} {c:Vous pouvez ignorer nos messages précédents.} {t:Merci !}""",
  course=11, sig="C. Vidal"),

M("prof-prive-sous-contrat-bouton", "Bertrand Lacoste", "b.lacoste@stjoseph-voiron.fr", "2026-11-23 09:55", "outlook", "reply",
  "enseignant du privé sous contrat qui utilise son identifiant académique : choix du bouton",
  """{g:Bonjour,}

{c:Enseignant dans un établissement privé sous contrat, j'ai un identifiant académique (celui de Bureau virtuel).} {lg:Dois-je utiliser le bouton "Connexion" des personnels de l'académie ?}

{t:Cordialement,}""",
  course=1, profile="academic", fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Bertrand Lacoste\nEnsemble scolaire Saint-Joseph, Voiron"),

M("crise-mardi-demain-parcours-bug", "Audrey Chambon", "audrey.chambon@ac-grenoble.fr", "2026-12-01 22:50", "gmail", "escalate",
  "le parcours est visible mais vide/verrouillé : bug dans le cours, hors guide ; urgence",
  """{c:La formation commence DEMAIN.} {o:Je vois bien le parcours dans ma liste mais quand je clique dessus, j'ai "Ce cours n'est pas accessible aux participants pour le moment".} {o:Est-ce normal ???}""",
  course=20, fmt="alt", cte="quoted-printable", sig="Audrey Chambon"),

M("yahoo-retraitee-tout", "Micheline Grange", "micheline.grange@yahoo.fr", "2026-11-27 10:40", "yahoo", "reply",
  "retraitée bénévole (compte manuel), perdue : identifiants et connexion",
  """{g:Bonjour,}
{c:Je suis retraitée et je fais du bénévolat dans une association de soutien scolaire.} {c:Je suis un peu perdue avec tout ça, excusez-moi.} {un:Je n'ai pas de nom d'utilisateur,} {pw:pas de mot de passe,} {lg:et je ne sais pas comment on se connecte.}
{t:Merci d'avance de votre aide}""",
  course=13, cs="iso-8859-1", cte="quoted-printable", fmt="plain", sig="Micheline Grange"),

M("reponse-guide-bouton-violet-erreur-inp", "Lucas Perrin", "lucas.perrin@grenoble-inp.fr", "2026-11-28 14:15", "thunderbird", "reply",
  "personnel Grenoble INP qui est passé par le bouton bleu : le guide indique le violet",
  """{g:Bonjour,}

{lg:J'ai tapé mon identifiant Grenoble INP sur la page de l'académie (bouton bleu) et ça ne marche pas.} {lg:Comment dois-je faire ?}

{t:Merci}""",
  course=15, sig="Lucas Perrin\nEnseignant contractuel, Grenoble INP - Génie industriel"),

M("question-connexion-et-date-limite", "Maëlle Rousset", "maelle.rousset@ac-grenoble.fr", "2026-11-27 11:30", "outlook_mobile", "escalate",
  "question de connexion et demande sur la date limite du module : hors guide pour la seconde",
  """{g:Bonjour,}
{lg:Je n'arrive pas à me connecter avec mon compte académique.} {o:Et jusqu'à quand a-t-on pour finir la partie à distance ?}
{t:Merci}""",
  course=13),

M("peur-virus-lien", "Huguette Nicolas", "huguette.nicolas@laposte.net", "2026-11-24 11:05", "roundcube", "escalate",
  "se demande si le mail est authentique (peur d'un virus) : question hors guide",
  """{g:Bonjour,}

{o:Je ne suis pas sûre que ce message vienne vraiment de l'Éducation nationale, mon petit-fils m'a dit de ne jamais cliquer sur les liens.} {o:Pouvez-vous me confirmer que c'est sérieux ?}

{t:Merci}""",
  course=8, cs="iso-8859-1", cte="8bit", sig="Huguette Nicolas"),

M("rien-compris-invitation-en-tete", "Thomas Ageron", "thomas.ageron@ac-grenoble.fr", "2026-11-25 06:45", "outlook", "reply",
  "ne comprend pas la démarche, demande comment se connecter puis rejoindre la formation",
  """{g:Bonjour,}

{c:J'ai lu votre mail trois fois, je ne comprends pas ce que je dois faire.} {lg:Je me connecte où et comment ?} {fc:Et après, je fais quoi pour arriver dans la formation ?}""",
  course=8, fmt="alt", cte="quoted-printable", sig="Thomas Ageron\nAssistant de prévention, lycée Marie Curie"),

M("bounce-exim-frozen", "Mail Delivery System", "Mailer-Daemon@univ-smb.fr", "2026-11-28 16:00", "outlook", "ignore",
  "non-remise Exim (compte universitaire supprimé)",
  """{r:This message was created automatically by mail delivery software.}

{r:A message that you sent could not be delivered to one or more of its recipients.} {r:This is a permanent error.} {r:The following address(es) failed:}

{r:  ancien.doctorant@univ-smb.fr}
{r:    mailbox is disabled}""",
  robot="bounce", course=15, return_path="<>", subject="Mail delivery failed: returning message to sender", thread=False,
  orig_to="ancien.doctorant@univ-smb.fr", headers=[("X-Failed-Recipients", "ancien.doctorant@univ-smb.fr"), ("Auto-Submitted", "auto-replied")],
  report="Reporting-MTA: dns; smtp.univ-smb.fr\n\nFinal-Recipient: rfc822; ancien.doctorant@univ-smb.fr\nAction: failed\nStatus: 5.0.0"),
]
