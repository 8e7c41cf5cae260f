from msg import M

MESSAGES = [
M("uga-personnel-bouton-bleu-echec", "Agnès Thivolle", "agnes.thivolle@univ-grenoble-alpes.fr", "2026-11-30 09:12", "outlook", "reply",
  "personnel UGA qui a tenté le bouton bleu académique : le guide indique le bouton violet et le guichet UGA",
  """{g:Bonjour,}

{c:Gestionnaire de scolarité à l'UFR LLASIC, je suis inscrite à la formation des tuteurs.} {lg:J'ai cliqué sur "Connexion" (le bleu) et mis mes identifiants UGA, ça me répond que l'identifiant est inconnu.} {lg:Quelle est la bonne manière de me connecter ?}

{t:Merci d'avance pour votre retour.}""",
  course=16, cs="windows-1252", cte="quoted-printable", fmt="alt",
  sig="Agnès Thivolle\nService scolarité - UFR LLASIC\nUniversité Grenoble Alpes"),

M("quatrieme-relance-urgent-zimbra", "Christophe Marion", "christophe.marion@ac-grenoble.fr", "2026-12-01 23:48", "zimbra", "escalate",
  "relance agacée ; a déjà réinitialisé le mot de passe sans succès (boucle) et demande une intervention",
  """{c:QUATRIEME RELANCE.}
{pw:J'ai réinitialisé mon mot de passe avec le lien du guide hier soir, ça a marché, j'ai reçu la confirmation.} {lg:Mais quand je me connecte sur M@gistère avec ce nouveau mot de passe, la page de l'académie se recharge et me redemande mon identifiant, en boucle.} {o:Débloquez mon compte s'il vous plaît, j'ai une évaluation à rendre avant jeudi.}""",
  course=1, sig="C. Marion"),

M("aesh-gmail-premiere-fois", "Samia Khelifi", "samia.khelifi83@gmail.com", "2026-11-26 13:50", "gmail", "reply",
  "AESH de l'académie écrivant de sa boîte Gmail : ne sait pas quel identifiant ni quel mot de passe (sections A et B)",
  """{g:Bonjour,}

{c:Je suis AESH depuis la rentrée au collège Olympique, c'est la première fois que je dois me connecter à ce site.} {c:Excusez-moi si je pose des questions simples.}
{un:Je ne sais pas quel est mon identifiant académique} {pw:ni mon mot de passe.} {c:On m'a donné un papier avec un NUMEN à la rentrée mais je ne sais pas à quoi il sert.}

{t:Merci beaucoup}""",
  course=9, profile="academic", fmt="alt", cte="quoted-printable", sig="Samia Khelifi"),

M("sarcasme-vous-etes-surs", "Guillaume Tardy", "guillaume.tardy@ac-grenoble.fr", "2026-11-20 12:15", "owa", "escalate",
  "sarcasme qui conteste l'existence même du parcours et demande une vérification : le guide ne peut pas le dire",
  """{s:Vous êtes sûrs que cette formation existe ?} {fc:Je suis connecté, j'ai cherché "harcèlement", "pHARe", "prévention" dans la barre de recherche, rien ne sort.} {o:Merci de vérifier que je suis bien inscrit avant de m'envoyer des relances.}""",
  course=5, fmt="html", cte="quoted-printable", sig="G. Tardy\nCPE - Lycée Pablo Neruda, Saint-Martin-d'Hères"),

M("mdn-thunderbird-receipt", "Brigitte Lacroix", "brigitte.lacroix@free.fr", "2026-11-19 08:33", "thunderbird", "ignore",
  "accusé de lecture Thunderbird",
  """{r:Ceci est un accusé de réception pour le courrier que vous avez envoyé à brigitte.lacroix@free.fr.}

{r:Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire.} {r:Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.}""",
  robot="mdn", course=3, subject="Accusé de réception (affiché) - Invitation : Enseigner avec le numérique en lycée professionnel",
  report="Reporting-UA: mail.free.fr; Thunderbird 128.5.0\nFinal-Recipient: rfc822;brigitte.lacroix@free.fr\nOriginal-Message-ID: <invitation-2026-121@ac-grenoble.fr>\nDisposition: manual-action/MDN-sent-manually; displayed"),

M("tuteur-entreprise-sst", "Marc Vuillermoz", "m.vuillermoz@vuillermoz-btp.fr", "2026-11-26 07:20", "outlook", "reply",
  "tuteur en entreprise (compte manuel) qui a oublié nom d'utilisateur et mot de passe : lien de récupération",
  """{g:Bonjour,}

{c:Tuteur de stage en entreprise, j'ai été inscrit par le lycée à la formation SST.} {un:Je ne retrouve plus ni mon nom d'utilisateur} {pw:ni mon mot de passe envoyés en octobre.} {c:Je n'ai que le soir pour faire ça, donc si vous pouviez m'expliquer rapidement.}

{t:Merci}""",
  thread=False, course=8, cs="windows-1252", cte="8bit", fmt="alt", sig="Marc Vuillermoz\nConducteur de travaux\nVuillermoz BTP - Albertville"),

M("apple-mail-bottom-post", "Élise Burnier", "elise.burnier@ac-grenoble.fr", "2026-11-21 09:50", "apple", "reply",
  "répond sous la citation (bottom-post) : où se connecter exactement",
  """{g:Bonjour,}
{lg:Je ne trouve pas où on se connecte sur la page du lien, il n'y a que des actualités et des formations en libre accès.} {lg:Où est le bouton ?}
{t:Merci !}""",
  course=5, quote="bottom", sig="Élise"),

M("deadline-tuteur-meef-trois", "Romain Chevrot", "romain.chevrot@ac-grenoble.fr", "2026-12-01 19:40", "thunderbird", "reply",
  "trois problèmes du guide à la fois, ton pressé : identifiant, mot de passe, parcours",
  """{g:Bonjour,}

{c:La réunion des tuteurs est demain et je n'ai toujours pas accès.}
{un:- je ne suis plus sûr de mon identifiant (jdupont ? jdupont2 ?)} {c:j'ai changé d'établissement l'an dernier}
{pw:- le mot de passe que j'utilise pour le webmail ne marche pas ici}
{fc:- et je ne sais pas où sera la formation une fois connecté}

{c:Merci de faire vite.}""",
  course=16, sig="Romain Chevrot\nProfesseur d'histoire-géographie, tuteur M2 MEEF"),

M("ooo-gmail-vacation", "Julie Sorrel", "julie.sorrel@gmail.com", "2026-11-23 15:41", "gmail", "ignore",
  "réponse d'absence Gmail (Auto-Submitted: auto-replied)",
  """{r:Bonjour, je suis en congé maternité jusqu'au 15 janvier 2027 et ne consulte pas mes mails. Bonne journée.}""",
  robot="oof", course=7, subject="Re: Invitation : Le grand oral : accompagner les élèves",
  headers=[("Auto-Submitted", "auto-replied")], msgid="<CAHx8vQ2Vn1Zm5t0rKc@mail.gmail.com>"),

M("anxieuse-ecran-blanc", "Monique Chalvin", "monique.chalvin@laposte.net", "2026-11-24 17:06", "roundcube", "escalate",
  "écran blanc après connexion : problème technique que le guide ne décrit pas ; très inquiète",
  """{g:Bonjour,}

{c:Je suis désolée de vous écrire encore, je suis la personne de l'association de parents d'élèves.} {lg:Quand je clique sur "Connexion directe à M@gistère" et que je mets mon nom d'utilisateur et mon mot de passe, j'ai une page toute blanche.} {c:J'ai essayé trois fois, sur deux ordinateurs.} {o:Est-ce que c'est moi qui ai cassé quelque chose ?}

{t:Merci de votre compréhension}""",
  course=5, cs="iso-8859-1", cte="quoted-printable", sig="Monique Chalvin"),

M("fwd-apple-a-la-secretaire", "Didier Reverdy", "didier.reverdy@ac-grenoble.fr", "2026-11-25 10:33", "apple", "escalate",
  "transfert avec message destiné en fait au secrétariat (demande d'ordre de mission) : hors guide",
  """{g:Bonjour Sabine,}

{o:Peux-tu me faire l'ordre de mission pour la journée de formation ?} {c:Je te transfère la convocation.}""",
  course=8, quote="fwd_apple", subject="Fwd: Invitation : Sécurité et premiers secours au travail (SST)",
  sig="Didier"),

M("etu-uga-jamais-recu-compte", "Hugo Marchetti", "hugo.marchetti@etu.univ-grenoble-alpes.fr", "2026-12-01 14:22", "gmail_mobile", "reply",
  "étudiant UGA qui ne connaît pas son identifiant universitaire : le guide renvoie vers l'établissement",
  """{g:Bonjour}
{c:Je suis en L3 Sciences de l'éducation.} {un:C'est quoi mon nom d'utilisateur pour le bouton violet ?} {un:C'est mon numéro étudiant ?}""",
  course=16, tagline="", cte="quoted-printable"),

M("invite-clique-bouton-bleu", "Florence Delorme", "f.delorme@canope-isere.fr", "2026-11-23 11:55", "outlook", "reply",
  "partenaire Canopé (compte invité manuel) qui essaie le bouton bleu : étape 2 autre cas",
  """{g:Bonjour,}

{c:Je suis médiatrice Canopé et j'interviens en co-animation.} {lg:J'ai essayé le bouton Connexion bleu avec le nom d'utilisateur que vous m'avez envoyé mais le portail académique le refuse.} {lg:Y a-t-il une autre porte d'entrée pour les intervenants ?}

{t:Bien à vous,}""",
  course=4, fmt="alt", cte="quoted-printable", sig="Florence Delorme\nRéseau Canopé - Atelier de l'Isère"),

M("ca-ne-marche-jamais-boucle-connexion", "Nicolas Dufresne", "nicolas.dufresne@ac-grenoble.fr", "2026-11-27 21:30", "outlook_line", "reply",
  "académique qui ne sait pas se connecter (erreur au portail, mot de passe incertain) : étapes 1B et 2",
  """{c:ÇA NE MARCHE JAMAIS CE TRUC !!!}
{lg:Je clique sur le bouton, j'arrive sur le portail de l'académie, je tape mon identifiant et le mot de passe, et j'ai "identifiant ou mot de passe incorrect".} {pw:Je ne sais plus si mon mot de passe est encore mon NUMEN ou si je l'ai changé.}""",
  course=12, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Nicolas Dufresne"),

M("annulation-presentiel-malade", "Amandine Pic", "amandine.pic@ac-grenoble.fr", "2026-11-30 07:02", "iphone", "escalate",
  "prévient de son absence au présentiel et demande comment rattraper : hors guide",
  """{g:Bonjour,}
{c:Je suis malade et ne pourrai pas venir à la journée en présentiel de jeudi.} {o:Comment faire pour rattraper ? Est-ce que je dois envoyer un arrêt ?}
{t:Merci}""",
  course=7, tagline="Envoyé de mon iPhone"),

M("deja-fait-lien-identifiant-numen", "Sophie Mermet", "sophie.mermet@ac-grenoble.fr", "2026-11-22 10:10", "zimbra", "escalate",
  "a déjà utilisé le lien de récupération de l'identifiant avec son NUMEN, sans succès : au-delà du guide",
  """{g:Bonjour,}

{un:Comme indiqué dans votre guide, j'ai cliqué sur le lien pour retrouver mon identifiant et j'ai saisi mon NUMEN et ma date de naissance.} {un:Le site me répond "aucun compte ne correspond à ces informations".} {c:Je suis titulaire depuis 2009, j'ai forcément un compte.}
{o:Pouvez-vous m'aider autrement ?}

{t:Merci}""",
  course=4, fmt="alt", cte="8bit", sig="Sophie Mermet\nProfesseure de musique, collège Lucie Aubrac, Grenoble"),

M("list-mailman-diffusion", "Liste formateurs EAFC", "formateurs-eafc@listes.ac-grenoble.fr", "2026-11-26 12:00", "thunderbird", "ignore",
  "courriel d'une liste de diffusion (en-têtes List-*, Precedence list)",
  """{r:[Formateurs-EAFC] Rappel : la réunion de bilan du dispositif "Devenir formateur" aura lieu le 10 décembre à 14h en salle 3.} {r:Ordre du jour en pièce jointe.}

{r:_______________________________________________}
{r:Formateurs-EAFC mailing list}
{r:https://listes.ac-grenoble.fr/mailman/listinfo/formateurs-eafc}""",
  robot="list", course=11, subject="[Formateurs-EAFC] Rappel réunion de bilan", thread=False,
  return_path="<formateurs-eafc-bounces@listes.ac-grenoble.fr>",
  headers=[("Precedence", "list"), ("List-Id", "<formateurs-eafc.listes.ac-grenoble.fr>"),
           ("List-Unsubscribe", "<https://listes.ac-grenoble.fr/mailman/options/formateurs-eafc>, <mailto:formateurs-eafc-request@listes.ac-grenoble.fr?subject=unsubscribe>"),
           ("X-BeenThere", "formateurs-eafc@listes.ac-grenoble.fr"), ("X-Mailman-Version", "2.1.39")]),

M("pas-douee-mot-de-passe-oublie-html", "Colette Bouvier", "colette.bouvier@ac-grenoble.fr", "2026-11-26 16:45", "owa", "reply",
  "mot de passe changé puis oublié, s'excuse d'être maladroite : section B",
  """{g:Bonjour,}

{c:Je suis désolée, je suis vraiment une catastrophe avec les mots de passe.} {pw:J'ai changé le mien l'année dernière et je l'ai complètement oublié.} {pw:Comment est-ce que je peux le retrouver ?}

{t:Merci pour votre patience.}""",
  course=13, fmt="html", cte="quoted-printable", sig="Colette Bouvier\nProfesseure d'EPS, collège Le Chamandier, Gières"),

M("menace-abandon-conditionnel", "Yves Poncet", "yves.poncet@ac-grenoble.fr", "2026-12-01 22:03", "zimbra_gt", "reply",
  "menace d'abandonner mais une seule question du guide (trouver le parcours) ; pas de demande de désinscription",
  """{c:Si je n'arrive pas à trouver ce parcours ce soir, j'abandonne, tant pis.} {fc:Je suis connecté, j'ai une dizaine de parcours dans ma liste (anciennes formations) et je ne vois pas celui sur l'IA.} {fc:Comment on fait le tri ?}""",
  course=20, sig="Yves Poncet"),

M("plainte-mail-tardif-et-login", "Delphine Arragon", "delphine.arragon@ac-grenoble.fr", "2026-12-01 12:40", "outlook", "escalate",
  "réclamation sur le délai d'invitation (demande de report) et problème de connexion",
  """{g:Bonjour,}

{o:Recevoir l'invitation la veille de l'ouverture, sérieusement ?} {o:Je demande un délai supplémentaire pour la partie à distance.}
{lg:Et pour couronner le tout, je ne sais pas comment me connecter, j'ai le choix entre trois boutons.}""",
  headers=[("Importance", "high"), ("X-Priority", "1")], course=20, cs="windows-1252", cte="quoted-printable", fmt="alt", sig="Delphine Arragon\nProfesseure de philosophie, lycée Stendhal"),

M("merci-c-est-regle-apres-guide", "Thierry Baudin", "thierry.baudin@orange.fr", "2026-11-28 09:14", "orange", "ignore",
  "remercie : le guide a suffi, c'est réglé",
  """{g:Bonjour,}
{c:Grâce au guide j'ai pu récupérer mon mot de passe et je suis dans la formation.} {t:Merci beaucoup, bonne journée.}""",
  course=8, cs="iso-8859-1", cte="8bit", sig="Thierry Baudin"),

M("inp-doctorant-guichet-absent", "Arnaud Lesage", "arnaud.lesage@grenoble-inp.fr", "2026-11-29 18:25", "thunderbird", "escalate",
  "personnel Grenoble INP : son guichet n'est pas dans la liste (a déjà suivi l'étape du guide) ",
  """{g:Bonjour,}

{lg:Dans la page de sélection du guichet d'authentification, je ne trouve pas "SUPIDP - Grenoble INP" : j'ai bien cherché, la liste ne contient que des universités d'autres régions.} {c:J'ai essayé sous Firefox et sous Chrome.} {o:Le guichet a-t-il changé de nom ?}

{t:Merci,}""",
  course=15, sig="Arnaud Lesage\nIngénieur pédagogique, Grenoble INP - UGA"),

M("excuse-mail-en-double", "Marine Jouve", "marine.jouve@ac-grenoble.fr", "2026-11-19 07:55", "gmail_mobile", "reply",
  "s'excuse d'écrire deux fois ; demande comment se connecter (bouton académique)",
  """{g:Bonjour}
{c:Pardon je vous ai peut-être déjà écrit hier, je ne sais plus si c'est parti.} {lg:Je voulais savoir comment on se connecte avec son compte de l'académie, je ne vois pas le bon bouton}
{t:Merci}""",
  course=3, tagline="", fmt="alt", cte="quoted-printable"),

M("epuisee-trois-soirs", "Odile Ferrand", "odile.ferrand@ac-grenoble.fr", "2026-11-27 23:14", "outlook", "reply",
  "épuisée après trois soirs d'essais ; problème du guide uniquement : parcours introuvable",
  """{g:Bonsoir,}

{c:Trois soirs que j'essaie.} {c:Je me connecte, j'arrive sur la page d'accueil de M@gistère,} {fc:et je n'ai aucune idée de l'endroit où se cache la formation sur la laïcité.} {c:Je suis à bout.}""",
  course=10, fmt="alt", cte="quoted-printable", sig="Odile Ferrand\nDocumentaliste, collège Fernand Léger, Saint-Martin-d'Hères"),
]
