from msg import M

MESSAGES = [
M("uga-biatss-tout-nouveau", "Pauline Giraud", "pauline.giraud@univ-grenoble-alpes.fr", "2026-11-30 10:05", "outlook_ios", "reply",
  "personnel UGA arrivé récemment : identifiant UGA inconnu et connexion",
  """{g:Bonjour,}
{c:Je viens d'être recrutée au service formation continue de l'UGA.} {un:Je n'ai pas encore bien compris quel est mon identifiant UGA} {lg:ni comment me connecter à M@gistère avec.}
{t:Merci pour votre aide}""",
  course=15),

M("epuise-numen-trouve-mais-refuse-maj", "Stéphane Barral", "stephane.barral@ac-grenoble.fr", "2026-11-21 23:10", "zimbra", "escalate",
  "a testé le NUMEN en majuscules (défaut) puis la réinitialisation qui échoue : au-delà du guide ; ton exaspéré",
  """{c:Il est 23h et j'en suis là :} {pw:NUMEN en majuscules refusé comme mot de passe,} {pw:réinitialisation impossible ("le service est momentanément indisponible").} {c:Trois soirs de suite le même message.} {o:C'est vous ou c'est le rectorat qui a un souci ?}""",
  course=5, sig="S. Barral"),

M("ipad-grand-mere-tutrice", "Odette Vachon", "odette.vachon@icloud.com", "2026-11-25 16:00", "ipad", "reply",
  "bénévole retraitée (compte manuel) : ne sait plus son mot de passe et ne trouve pas la formation",
  """{g:Bonjour,}
{c:Je suis bénévole pour l'aide aux élèves allophones, on m'a inscrite à la formation.} {c:Je suis désolée, à mon âge ce n'est pas simple.} {pw:Je ne retrouve pas mon mot de passe} {fc:et je ne sais pas où trouver la formation une fois sur le site.}
{t:Merci de votre patience}""",
  course=2, tagline="Envoyé de mon iPad", cte="quoted-printable"),

M("recours-hierarchique-sarcastique", "Jean-Pierre Orcel", "jean-pierre.orcel@ac-grenoble.fr", "2026-11-30 20:00", "outlook", "escalate",
  "réclamation formelle et demande d'exonération : un humain doit répondre",
  """{g:Madame, Monsieur,}

{s:Je salue l'effort de modernisation qui consiste à remplacer trois jours de stage par des heures de clics le soir.} {o:Je vous informe que je ne suivrai pas la partie à distance tant qu'elle ne sera pas inscrite dans mon temps de service.} {o:Merci de transmettre à qui de droit.}""",
  headers=[("Importance", "high"), ("X-Priority", "1"), ("Disposition-Notification-To", "jean-pierre.orcel@ac-grenoble.fr")], course=17, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Jean-Pierre Orcel\nSecrétaire général, lycée Emmanuel Mounier"),

M("lf-only-thunderbird-find", "Adrien Sauvageot", "adrien.sauvageot@ac-grenoble.fr", "2026-11-28 13:40", "thunderbird", "reply",
  "connecté, ne retrouve pas le parcours au milieu de nombreux autres : étape 3 (recherche)",
  """{g:Bonjour,}

{c:Je suis formateur sur d'autres parcours, donc j'ai une très longue liste sur ma page d'accueil.} {fc:Comment retrouver rapidement la formation où je suis simplement participant ?}

{t:Merci}""",
  course=11, crlf=False, sig="Adrien Sauvageot"),

M("clos-par-sarcasme-trop-tard", "Béatrice Renaud", "beatrice.renaud@ac-grenoble.fr", "2026-12-01 09:00", "gmail_mobile", "ignore",
  "clôt la demande avec ironie : a réussi, rien à traiter",
  """{c:Laissez, mon fils de 12 ans a trouvé en 30 secondes.} {c:Tout va bien.}""",
  course=12, tagline=""),

M("caps-uga-etudiant-rendu", "Rayan Cherif", "rayan.cherif@etu.univ-grenoble-alpes.fr", "2026-12-02 00:15", "gmail", "reply",
  "étudiant UGA pressé : bouton et guichet à choisir",
  """{c:J'AI UN DEVOIR A RENDRE DEMAIN SUR VOTRE PLATEFORME} {lg:ET JE NE SAIS PAS COMMENT ME CONNECTER AVEC MON COMPTE ETUDIANT !!!} {lg:QUEL BOUTON ???}""",
  course=16, fmt="alt", cte="base64"),

M("assistante-ecoles-nulle-identifiant-et-liste", "Sylviane Mure", "sylviane.mure@ac-grenoble.fr", "2026-11-17 14:45", "outlook_line", "reply",
  "secrétaire de circonscription qui ne connaît pas son identifiant et ne saura pas trouver la formation",
  """{g:Bonjour,}

{c:Je vous prie d'excuser mon ignorance en la matière.} {un:Je ne connais pas mon identifiant académique} {fc:et je ne sais pas comment on arrive sur la formation ensuite.}

{t:Merci beaucoup.}""",
  course=2, fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Sylviane Mure\nSecrétaire, circonscription de Voiron"),

M("ooo-free-zimbra-partielle", "Jacques Roux", "jacques.roux@free.fr", "2026-11-26 08:21", "roundcube", "ignore",
  "absence automatique (Free), sans autre contenu",
  """{r:Message automatique : je suis en déplacement sans accès à mes mails jusqu'au 2 décembre.}""",
  robot="oof", course=12, subject="Absence: Invitation : Pix+Édu : développer ses compétences numériques",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Mail-Autoreply", "yes")]),

M("desinscrire-et-mdp", "Julie Bernardin", "julie.bernardin@ac-grenoble.fr", "2026-11-23 17:15", "owa", "escalate",
  "mot de passe oublié, mais demande surtout d'être désinscrite si ça ne marche pas : demande hors guide",
  """{g:Bonjour,}
{pw:J'ai oublié mon mot de passe.} {o:Si ce n'est pas réglé d'ici demain, désinscrivez-moi, je ne vais pas y passer mes soirées.}""",
  course=6, fmt="html", cte="quoted-printable", sig="J. Bernardin"),

M("prof-inquiete-pas-bon-compte", "Léonie Faure", "leonie.faure@ac-grenoble.fr", "2026-11-26 17:50", "apple", "reply",
  "se demande si elle utilise le bon compte (académique) et le bon bouton : étape 2",
  """{g:Bonjour,}
{c:J'ai réussi à me connecter mais je ne suis pas sûre d'avoir utilisé le bon compte, je suis passée par "Connexion directe".} {lg:Est-ce que je dois plutôt utiliser le bouton bleu avec mon compte académique ?}
{t:Merci}""",
  course=13, cte="quoted-printable", sig="Léonie"),

M("spam-promo-formation", "Formations Pro Express", "contact@formations-pro-express.biz", "2026-11-22 06:00", "outlook", "ignore",
  "spam commercial",
  """{r:Boostez vos compétences : formations certifiantes CPF à -50 % !} {r:Offre valable jusqu'à dimanche.} {r:Cliquez ici pour en profiter.}""",
  robot="spam", course=4, subject="Dernière chance : -50% sur nos formations", thread=False, to="formation-magistere@ac-grenoble.fr",
  headers=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=8.7 required=5.0"), ("List-Unsubscribe", "<mailto:unsub@formations-pro-express.biz>")]),

M("intervenante-mdp-et-login", "Claire Audibert", "claire.audibert@planning-familial38.org", "2026-11-21 09:00", "thunderbird", "reply",
  "intervenante associative (compte manuel) : mot de passe oublié et comment se connecter",
  """{g:Bonjour,}

{c:J'interviens pour le Planning familial dans le module harcèlement.} {pw:J'ai perdu mon mot de passe} {lg:et je ne sais plus par quel bouton on passe quand on n'est pas enseignant.}

{t:Merci,}""",
  course=5, sig="Claire Audibert\nPlanning familial de l'Isère"),

M("visio-ne-fonctionne-pas-bug", "Marc Dupuis", "marc.dupuis@ac-grenoble.fr", "2026-12-01 14:10", "zimbra_gt", "escalate",
  "la classe virtuelle du parcours ne se lance pas : problème dans le cours",
  """{g:Bonjour,}

{c:Je suis bien dans le parcours.} {o:Mais la classe virtuelle du mardi ne se lance pas, j'ai un écran noir avec "connexion au serveur BBB impossible".} {o:Y a-t-il un autre lien ?}""",
  course=19, fmt="alt", cte="quoted-printable", sig="Marc Dupuis\nPE, école de Claix"),

M("excuse-envoye-deux-fois-clos", "Ginette Payet", "ginette.payet@ac-grenoble.fr", "2026-11-25 07:30", "outlook", "ignore",
  "clôt : elle a trouvé toute seule et s'excuse",
  """{g:Bonjour,}
{c:Ne tenez pas compte de mes deux messages d'hier soir, j'ai trouvé toute seule ce matin.} {c:Désolée pour le dérangement.}""",
  course=9, fmt="alt", cte="quoted-printable", sig="Ginette Payet"),

M("smb-etu-tout-perdu", "Nolwenn Carré", "nolwenn.carre@etu.univ-smb.fr", "2026-12-01 17:30", "gmail_mobile", "reply",
  "étudiante USMB : identifiant et mot de passe universitaires oubliés, le guide renvoie vers l'établissement",
  """{g:Bonjour}
{un:J'ai oublié mon identifiant de l'USMB} {pw:et mon mot de passe}, {c:je suis en master MEEF à Chambéry.} {un:Comment je peux les récupérer pour me connecter ?}""",
  course=16, tagline="", fmt="alt", cte="quoted-printable"),

M("erreur-adresse-invitation", "Christine Dubois", "christine.dubois@ac-grenoble.fr", "2026-11-24 11:00", "outlook", "escalate",
  "l'invitation porte un autre nom que le sien : demande de correction hors guide",
  """{g:Bonjour,}

{o:Votre invitation commence par "Bonjour Christian" : je m'appelle Christine Dubois, pas Christian.} {o:Est-ce bien moi qui suis inscrite, ou mon homonyme du lycée Vaucanson ?}""",
  course=7, greet_name="Christian", fmt="alt", cte="quoted-printable", cs="windows-1252", sig="Christine Dubois"),

M("aesh-mdp-expire-trois-mois", "Sonia Ferreira", "sonia.ferreira@ac-grenoble.fr", "2026-11-27 20:20", "samsung", "reply",
  "mot de passe académique expiré : section B",
  """{g:Bonsoir}
{pw:Le site me dit que mon mot de passe a expiré, je fais quoi ?} {c:je suis AESH et je suis pas très forte en informatique désolée}""",
  course=9, cte="quoted-printable"),

M("nouvelle-adresse-tuteur-mdp-lien", "Henri Vallet", "henri.vallet@ac-grenoble.fr", "2026-12-01 16:00", "zimbra", "reply",
  "mot de passe oublié et parcours à trouver : deux sections",
  """{g:Bonjour,}

{pw:Je ne me souviens plus de mon mot de passe académique.} {fc:Et je voudrais savoir où apparaîtra la formation des tuteurs dans M@gistère.}

{t:Merci}""",
  course=16, fmt="alt", cte="quoted-printable", sig="H. Vallet\nTuteur, lycée de l'Edit, Roussillon"),

M("bounce-quota-html-ndr-fr", "postmaster@ac-grenoble.fr", "postmaster@ac-grenoble.fr", "2026-11-27 10:20", "outlook", "ignore",
  "non-remise : boîte pleine (postmaster académique)",
  """{r:Le message n'a pas pu être remis à laurent.guillaud@ac-grenoble.fr : quota dépassé.} {r:Délivrance abandonnée après plusieurs tentatives.}""",
  robot="bounce", course=14, return_path="<>", subject="Non distribuable : Invitation : Enseigner l'oral en langues vivantes", thread=False,
  orig_to="laurent.guillaud@ac-grenoble.fr",
  report="Reporting-MTA: dns; mx1.ac-grenoble.fr\n\nFinal-Recipient: rfc822; laurent.guillaud@ac-grenoble.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Over quota"),

M("troisieme-relance-parcours-deja-cherche", "Marina Bogdanova", "marina.bogdanova@ac-grenoble.fr", "2026-11-30 18:00", "gmail", "escalate",
  "relance : a déjà cherché avec la loupe, rien ; le guide ne va pas plus loin",
  """{g:Bonjour,}

{c:Je vous relance pour la troisième fois.} {fc:Je suis connectée, j'ai utilisé la loupe avec "grand oral" et "oral", aucun résultat.} {o:Merci de me réinscrire ou de me dire ce qui se passe.}""",
  course=7, fmt="alt", cte="quoted-printable", sig="Marina Bogdanova\nProfesseure de russe, lycée Stendhal"),

M("debutant-double-clic", "Raymond Costes", "raymond.costes@wanadoo.fr", "2026-11-21 10:30", "orange", "reply",
  "retraité bénévole (compte manuel) qui ne sait pas comment entrer sur le site avec ses identifiants",
  """{g:Bonjour,}

{c:J'ai 74 ans et c'est mon petit-fils qui m'a ouvert cette adresse.} {c:J'ai bien reçu mon nom d'utilisateur et mon mot de passe.} {lg:Mais je ne sais pas où les écrire sur le site.}

{t:Merci de votre aide}""",
  course=5, cs="iso-8859-1", cte="quoted-printable", sig="Raymond Costes"),

M("inp-etu-parcours-pas-encore-ouvert", "Emma Lefort", "emma.lefort@grenoble-inp.org", "2026-12-01 20:30", "gmail", "escalate",
  "voit le parcours mais pas de date de fin / demande le calendrier : hors guide",
  """{g:Bonjour,}

{c:Je suis étudiante à Grenoble INP et je vois bien le parcours dans ma liste.} {o:Il est marqué "ouvre le 8 décembre" : est-ce que les tuteurs doivent avoir fini avant les vacances ou on a jusqu'en janvier ?}

{t:Merci}""",
  course=16, profile="university", fmt="alt", cte="quoted-printable", sig="Emma"),

M("mdp-ok-identifiant-ok-bouton-faux", "Thomas Guillermin", "thomas.guillermin@ac-grenoble.fr", "2026-11-19 07:20", "outlook_mobile", "reply",
  "a essayé ses identifiants académiques dans le formulaire de connexion directe : étape 2",
  """{g:Bonjour,}
{lg:Je mets mon identifiant académique et mon mot de passe dans la case "Nom d'utilisateur" de la page, et ça me dit "Connexion invalide".} {lg:Où est l'erreur ?}""",
  course=3),

M("ooo-double-header-no-then-auto", "Mathilde Sorel", "mathilde.sorel@ac-grenoble.fr", "2026-11-25 10:00", "zimbra", "ignore",
  "répondeur qui porte deux en-têtes Auto-Submitted (no puis auto-replied)",
  """{r:Je suis en stage du 25 au 28 novembre, réponse à mon retour.}""",
  robot="oof", course=10, subject="Re: Invitation : Laïcité et valeurs de la République",
  headers=[("Auto-Submitted", "no"), ("Auto-Submitted", "auto-replied")]),
]
