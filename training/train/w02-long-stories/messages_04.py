MESSAGES = [
dict(slug="reconversion-banque-contractuelle", name="Stéphanie Marais", addr="stephanie.marais@ac-grenoble.fr",
     client="outlook", course="Entrer dans le métier : premiers pas en classe", charset="windows-1252", cte="base64",
     text="""[greeting]Bonjour,

[context]Je me permets de vous raconter brièvement mon parcours pour que vous compreniez ma situation : après quinze ans dans la banque, j’ai été recrutée en octobre comme professeure contractuelle d’économie-gestion au lycée Jean-Moulin. [context]Tout est nouveau pour moi, les sigles, les plateformes, les codes… [context]J’ai reçu un courrier avec un NUMEN et on m’a ouvert une adresse académique, que j’utilise.

[login]Pour votre formation, je ne comprends pas sur quel bouton cliquer ni quels identifiants mettre. [forgotten_password]Et le mot de passe, c’est celui de ma messagerie ou le NUMEN ?

[thanks]Merci infiniment pour votre aide, [small_talk]et pardon pour ces questions de débutante.""",
     sig="Stéphanie Marais\nProfesseure contractuelle - Économie-gestion",
     profile="academic", topics=["forgotten_password", "login"], action="reply",
     why="new contract teacher (academic): which button and credentials, which password; guide steps 1 and 2"),

dict(slug="oof-exchange-nouveau-poste", kind="robot", name="Philippe Arnoux", addr="philippe.arnoux@ac-grenoble.fr",
     course="Accueil et relation aux usagers", subject="Réponse automatique : Invitation : Accueil et relation aux usagers",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "philippe.arnoux@ac-grenoble.fr"), ("Thread-Topic", "Invitation : Accueil et relation aux usagers")],
     text="""[robot]Bonjour,

[robot]J'ai quitté mes fonctions au rectorat (division des examens et concours) le 31 octobre 2026 pour rejoindre la DRAJES.
[robot]Ma nouvelle adresse est philippe.arnoux@region-academique-auvergne-rhone-alpes.fr.
[robot]Pour toute question relative aux examens, merci d'écrire à dec@ac-grenoble.fr.

[robot]Cette boîte n'est plus consultée.""",
     profile="academic", topics=[], action="ignore",
     why="Exchange automatic reply (Auto-Submitted, X-Auto-Response-Suppress) announcing a new post: robot"),

dict(slug="formateur-a-ecrit-citation", name="Maryse Lenoir", addr="maryse.lenoir@ac-grenoble.fr",
     client="zimbra", course="Enseigner la lecture au cycle 2",
     text="""[greeting]Bonjour,

[context]Notre formatrice, Mme Cattin, a écrit : « connectez-vous avant le 1er décembre pour faire le questionnaire de positionnement ». [login]Je voudrais bien, mais je n'arrive pas à me connecter : je clique sur le bouton bleu et j'ai « cette page ne répond pas ». [context]J'ai essayé sur l'ordinateur de l'école et sur le mien, même chose.

[other_request]Si je ne peux pas faire le questionnaire avant le 1er, est-ce grave ? Pouvez-vous prévenir la formatrice ?

[thanks]Merci""",
     sig="Maryse Lenoir\nEcole élémentaire Anatole-France, Fontaine",
     profile="academic", topics=["login"], action="escalate",
     why="quotes the trainer in her own text; login error (guide) plus asking to warn the trainer about a deadline"),

dict(slug="trois-collegues-meme-probleme", name="Nicolas Duval", addr="nicolas.duval@ac-grenoble.fr",
     client="outlook_plain", course="Le numérique au service des apprentissages",
     text="""[greeting]Bonjour,

[context]Nous sommes trois collègues du collège de Tullins inscrits à la formation (moi, Mme Arnaud et M. Faure) et nous avons tous le même souci, donc je centralise. [context]Nous nous connectons bien avec nos comptes académiques, [find_course]mais aucun de nous ne voit le parcours dans sa liste. [find_course]Est-ce qu'il faut s'y inscrire soi-même, ou le chercher dans un catalogue ?

[thanks]Merci pour nous trois.""",
     sig="Nicolas Duval\nRéférent numérique - Collège de Tullins",
     profile="academic", topics=["find_course"], action="reply",
     why="three colleagues logged in but the course is not listed; guide step 3 answers (and whom to contact)"),

dict(slug="arret-maladie-peut-on", name="Sylvain Blanchet", addr="sylvain.blanchet@gmail.com",
     client="gmail", course="Climat scolaire et prévention du harcèlement",
     text="""[greeting]Bonjour,

[context]Je suis professeur d'EPS au collège de Domène, actuellement en arrêt maladie pour une opération du genou (ligaments croisés, le ski...). [other_request]J'aimerais savoir si j'ai le droit de suivre la partie à distance pendant mon arrêt, ou si c'est considéré comme du travail. [context]J'ai essayé de me connecter par curiosité : [forgotten_password]mon mot de passe académique est refusé, [forgotten_password]sans doute parce que je ne l'ai pas utilisé depuis deux mois.

[thanks]Merci et bonne journée""",
     sig="Sylvain Blanchet",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="academic teacher on sick leave asks whether he may train during it (human) and has a refused password"),

dict(slug="gmail-vacances-repondeur", kind="robot", name="Aline Tardy", addr="aline.tardy@gmail.com",
     course="Enseigner l'oral au lycée", subject="Re: Invitation : Enseigner l'oral au lycée",
     extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], cte="quoted-printable",
     text="""[robot]Bonjour,
[robot]Je suis en congé parental jusqu'en septembre 2027. Je lirai vos messages à mon retour.
[robot]Aline""",
     profile="other", topics=[], action="ignore",
     why="Gmail vacation responder (Auto-Submitted auto-replied, Precedence bulk)"),

dict(slug="ipad-renvoyer-lien-parcours", name="Françoise Guérin", addr="francoise.guerin@ac-grenoble.fr",
     client="ipad", course="Différencier en classe hétérogène",
     text="""[greeting]Bonjour,
[context]J'ai réussi à me connecter sur l'iPad de l'école avec mon identifiant académique, le bouton bleu marche bien. [find_course]Mais il n'y a pas la formation sur la page qui s'affiche, pouvez-vous me renvoyer le lien direct du parcours ou me dire où cliquer ?
[thanks]Merci beaucoup
[small_talk]Bonne journée""",
     sig="F. Guérin",
     profile="academic", topics=["find_course"], action="reply",
     why="logged in, cannot find the course, asks where to click; guide step 3"),

dict(slug="changement-adresse-mail-et-connexion", name="Bastien Collet", addr="bastien.collet@laposte.net",
     client="thunderbird", course="Accueillir un apprenti en entreprise",
     text="""[greeting]Bonjour,

[context]Je suis maître d'apprentissage dans une boulangerie de Chambéry, j'ai un apprenti du CFA en CAP. [context]On m'a créé un compte sur M@gistère avec mon ancienne adresse bastien.collet@wanadoo.fr que je ne consulte plus. [forgotten_password]J'ai demandé un nouveau mot de passe sur la page « mot de passe oublié » mais évidemment le mail part sur l'ancienne adresse. [other_request]Pouvez-vous changer l'adresse de mon compte pour celle-ci ?

[thanks]Merci beaucoup, [small_talk]et bonne journée, je file, la fournée m'attend.""",
     sig="Bastien Collet\nBoulangerie Collet",
     profile="other", topics=["forgotten_password"], action="escalate",
     why="guest account tied to an old address: the recovery mail goes there, he asks us to change the address"),

dict(slug="etudiante-meef-stage-ac-mail", name="Jade Moreau", addr="jade.moreau@ac-grenoble.fr",
     client="zimbra_html", course="Entrer dans le métier : premiers pas en classe",
     text="""[greeting]Bonjour,

[context]Je suis étudiante en M2 MEEF anglais, contractuelle alternante au collège de Saint-Jean-de-Moirans, d'où mon adresse académique. [context]Ma tutrice m'a dit de me connecter avec mon compte académique, mais le service de l'INSPE nous a dit d'utiliser le compte étudiant UGA pour toutes les formations M@gistère. [login]Je ne sais plus lequel utiliser ni quel bouton. [context]Avec le compte UGA je vois des parcours de l'INSPE, avec l'académique je ne vois rien.

[find_course]Où doit apparaître cette formation ?

[thanks]Merci !""",
     sig="Jade Moreau",
     profile="academic", topics=["login", "find_course"], action="reply",
     why="alternante with both accounts, no clear statement of which one was enrolled: academic by domain; which account/button and where the course is"),

dict(slug="reponse-enchainee-re-re", name="Pascale Rey", addr="pascale.rey@ac-grenoble.fr",
     client="outlook", course="Évaluer par compétences", subject="RE: RE: Invitation : Évaluer par compétences",
     text="""[greeting]Re-bonjour,

[context]Suite à ma première réponse de ce matin : j'ai suivi le lien que vous m'avez envoyé pour le mot de passe et ça a marché, je suis connectée. [find_course]Par contre je ne vois pas la formation, j'ai seulement « Tous mes parcours » avec un menu déroulant. [find_course]Qu'est-ce que je sélectionne ?

[thanks]Merci encore""",
     sig="Pascale Rey\nCollège Pierre-Dubois, Seyssinet",
     profile="academic", topics=["find_course"], action="reply",
     why="follow-up: password solved, now cannot find the course; guide remark 2 ('Se former')"),

dict(slug="obligatoire-ou-pas-questions-pedago", name="Arnaud Leclerc", addr="arnaud.leclerc@ac-grenoble.fr",
     client="gmail", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[context]Je n'ai pas bien compris le statut de cette formation. [other_request]Est-elle obligatoire (inscription par l'inspection) ou volontaire ? [context]Je ne me souviens pas de m'être inscrit. [other_request]Si elle est volontaire, je préfère la reporter à l'an prochain, j'ai déjà deux formations ce trimestre.

[context]Pour information je me suis connecté sans souci.

[thanks]Merci de votre réponse""",
     sig="Arnaud Leclerc\nHG - collège Icare, Goncelin",
     profile="academic", topics=[], action="escalate",
     why="asks whether the course is compulsory and wants to postpone it: human"),

dict(slug="html-seul-yahoo-bouton-identifiant", name="Hervé Lemoine", addr="herve.lemoine@yahoo.fr",
     client="yahoo", course="Former les tuteurs de stagiaires", html="only",
     text="""[greeting]Bonjour,

[context]Chef d'entreprise dans la plasturgie à Oyonnax, j'accueille des stagiaires de bac pro et je suis inscrit à la formation des tuteurs en tant que professionnel. [context]J'ai reçu en octobre un message de M@gistère avec mes codes, je l'ai gardé. [login]Mais sur la page il y a « Connexion » en bleu, en violet, et « Connexion directe » : [login]lequel pour moi ?

[thanks]Merci""",
     sig="Hervé Lemoine\nPlastiques Lemoine SAS",
     profile="other", topics=["login"], action="reply",
     why="company tutor with a manual account asking which button; HTML-only Yahoo message"),

dict(slug="question-enterree-apres-anecdote", name="Isabelle Fabre", addr="isabelle.fabre@sfr.fr",
     client="samsung", course="Accueillir les enfants de moins de trois ans",
     text="""[greeting]Bonjour
[context]Hier soir j'ai passé une heure avec mon mari à essayer de me connecter, il est informaticien et il n'a pas compris non plus, c'est dire. [context]On a essayé le bouton bleu avec mon identifiant académique (ifabre, je suis prof en maternelle à Seyssins) et il nous dit que le mot de passe est faux. [forgotten_password]Mon mari dit qu'il faut sûrement le réinitialiser mais on ne trouve pas où. [small_talk]Bon, on a fini par regarder un film.
[thanks]Merci d'avance""",
     sig="Isabelle",
     profile="academic", topics=["forgotten_password"], action="reply",
     why="story with the question in the middle: academic password refused, where to reset it"),

dict(slug="deux-demandes-mixte-liste-tirets", name="Olivia Chassagne", addr="olivia.chassagne@ac-grenoble.fr",
     client="thunderbird_top", course="AESH : accompagner les élèves à besoins éducatifs particuliers",
     text="""[greeting]Bonjour,

[context]Coordinatrice PIAL sur le secteur de Crest, je relaie les questions de plusieurs AESH :
[forgotten_username]- plusieurs ne connaissent pas leur identifiant académique,
[forgotten_password]- d'autres ont oublié leur mot de passe,
[other_request]- et deux AESH recrutées la semaine dernière n'ont pas reçu l'invitation du tout : pouvez-vous les ajouter ?

[context]Je vous envoie leurs noms en pièce jointe si besoin.

[thanks]Merci""",
     sig="Olivia Chassagne\nCoordinatrice PIAL Crest-Diois",
     profile="academic", topics=["forgotten_username", "forgotten_password"], action="escalate",
     why="relays identifier and password problems (guide) but also asks to add two AESH to the course"),

dict(slug="laposte-nouvelle-ligne-parcours-introuvable", name="Robert Tissot", addr="robert.tissot@laposte.net",
     client="roundcube", course="Laïcité et valeurs de la République",
     text="""[greeting]Bonjour,

[context]Invité en tant que délégué du Défenseur des droits, je dispose d'un compte sur M@gistère créé par vos soins. [context]Je me suis connecté via la connexion directe avec mon nom d'utilisateur. [find_course]Je suis sur la page d'accueil, mais je ne vois aucune formation. [find_course]La formation « Laïcité » devrait-elle apparaître ?

[thanks]Bien cordialement,""",
     sig="Robert Tissot\nDélégué du Défenseur des droits - Isère",
     profile="other", topics=["find_course"], action="reply",
     why="guest account logged in but the course list is empty; guide step 3 (and whom to contact)"),

dict(slug="fwd-tb-ordinateur-partage", name="Hélène Bouchet", addr="helene.bouchet@ac-grenoble.fr",
     client="thunderbird", course="Enseigner les sciences par l'investigation", fwd="fwd_tb",
     text="""[greeting]Bonjour,

[context]Je vous retransmets votre invitation car je crois qu'il y a un souci : [context]sur l'ordinateur de la salle des profs, quand je clique sur le bouton bleu, je suis connectée automatiquement sur le compte d'une collègue (Mme Drevet) qui ne s'est pas déconnectée. [login]Comment faire pour me connecter avec mon compte à moi ? [context]Je ne veux pas toucher à son compte.

[thanks]Merci""",
     sig="Hélène Bouchet\nSVT - Collège Lionel-Terray, Meylan",
     profile="academic", topics=["login"], action="escalate", tech=True,
     why="forwarded invitation; stuck in a colleague's session on a shared computer: logging out is not in the guide"),

dict(slug="annulation-session-remboursement", name="Mathieu Garnier", addr="mathieu.garnier@ac-grenoble.fr",
     client="outlook", course="Enseigner l'éducation physique en milieu montagnard",
     text="""[greeting]Bonjour,

[context]J'avais réservé un hébergement à Autrans pour la session pratique des 10 et 11 décembre, comme indiqué par le formateur en juin. [context]Un collègue m'a dit ce matin que la session était reportée au printemps. [other_request]Pouvez-vous me confirmer le report ? [other_request]Et dans ce cas, les frais d'annulation de l'hébergement peuvent-ils être remboursés ?

[context]Côté M@gistère, tout va bien, je suis dans le parcours.

[thanks]Merci d'avance""",
     sig="Mathieu Garnier\nEPS - Lycée du Vercors",
     profile="academic", topics=[], action="escalate",
     why="asks to confirm a postponed session and about refund of lodging costs: human only"),

dict(slug="question-unique-tres-longue-uga", name="Claire Dumont", addr="claire.dumont@univ-grenoble-alpes.fr",
     client="outlook", course="Accompagner les étudiants en situation de handicap",
     text="""[greeting]Bonjour,

[context]Je suis gestionnaire de scolarité à l'UFR de langues étrangères depuis une dizaine d'années. [context]Nous accueillons de plus en plus d'étudiants bénéficiant d'aménagements (tiers temps, secrétaire, salle isolée) et notre responsable a souhaité que toute l'équipe de scolarité suive cette formation, ce dont je me félicite. [context]Nous avons d'ailleurs eu une réunion de service la semaine dernière où nous avons parlé des difficultés d'organisation des examens, [small_talk]je pense que la formation va nous aider. [context]J'ai bien mon compte UGA, je l'utilise tous les jours pour Apogée et la messagerie. [login]Ma question est simple : sur M@gistère, une fois que j'ai cliqué sur le bouton violet, il faut choisir quoi dans la liste des guichets ? [context]Il y en a beaucoup et je n'ai pas envie de me tromper.

[thanks]Merci d'avance,""",
     sig="Claire Dumont\nScolarité UFR LLASIC\nUniversité Grenoble Alpes",
     profile="university", topics=["login"], action="reply",
     why="long context, one login question about which desk to choose; university account"),

dict(slug="compte-bloque-trop-essais-et-date", name="Yves Bonnard", addr="yves.bonnard@ac-grenoble.fr",
     client="zimbra", course="Coordonner une ULIS",
     text="""[greeting]Bonjour,

[forgotten_password]À force d'essayer, mon compte est verrouillé (« trop de tentatives »). [context]Je pense m'être trompé de mot de passe car j'en ai un pour chaque appli. [forgotten_password]Comment le débloquer, ou réinitialiser le mot de passe ?

[other_request]Autre question sans rapport : la formation est-elle ouverte aux enseignants de SEGPA ? [context]Un collègue de SEGPA aimerait venir.

[thanks]Merci""",
     sig="Y. Bonnard\nCoordonnateur ULIS collège - Échirolles",
     profile="academic", topics=["forgotten_password"], action="escalate",
     why="locked account / password (guide) plus whether a SEGPA colleague may join (human)"),

dict(slug="merci-fin-connecte-ps-small-talk", name="Agnès Morel", addr="agnes.morel@ac-grenoble.fr",
     client="iphone", course="Accueillir un élève allophone",
     text="""[greeting]Bonsoir,
[context]Tout est réglé, j'étais simplement en train de taper mon adresse mail complète au lieu de l'identifiant. [context]Maintenant je suis dans le parcours.
[thanks]Merci pour votre aide rapide !
[small_talk]PS : l'élève ukrainien que j'accueille depuis septembre fait des progrès fulgurants, cette formation tombe à pic.""",
     sig="",
     profile="academic", topics=[], action="ignore",
     why="solved (was typing her full address), thanks; the P.S. is small talk, no question"),

dict(slug="lien-expire-invite-externe-deux", name="Julie Ferrand", addr="julie.ferrand@museedauphinois.fr",
     client="outlook", course="Enseigner la géographie par les paysages",
     text="""[greeting]Bonjour,

[context]Médiatrice culturelle au Musée dauphinois, j'interviens dans la formation pour une séance sur les paysages alpins. [context]J'ai reçu mes identifiants M@gistère le mois dernier, mais quand j'ai cliqué sur le lien pour définir mon mot de passe, il était expiré. [forgotten_password]Comment en recevoir un nouveau ? [login]Et je passe bien par la connexion directe ?

[other_request]Enfin, pourrais-je avoir la liste des participants pour adapter mon atelier ?

[thanks]Merci,""",
     sig="Julie Ferrand\nService des publics - Musée dauphinois",
     profile="other", topics=["forgotten_password", "login"], action="escalate",
     why="external speaker: expired password link and login (guide) plus the list of participants (human)"),

dict(slug="prof-allemand-trois-academies", name="Werner Schmitt", addr="werner.schmitt@ac-grenoble.fr",
     client="apple", course="Enseigner l'oral au lycée",
     text="""[greeting]Bonjour,

[context]Professeur d'allemand, j'ai enseigné successivement dans les académies de Strasbourg, de Besançon et maintenant de Grenoble (lycée Berthollet d'Annecy depuis 2025). [context]À chaque mutation j'ai eu un nouvel identifiant, et je les confonds un peu. [forgotten_username]Pour M@gistère Grenoble, comment être sûr de l'identifiant à utiliser ? [context]Celui de la messagerie d'ici est wschmitt2, je crois.

[thanks]Vielen Dank, merci !""",
     sig="Werner Schmitt",
     profile="academic", topics=["forgotten_username"], action="reply",
     why="teacher with several past academic identifiers unsure which one: the Grenoble academic identifier, section A"),

dict(slug="incomprehensible-sms-style", name="Lina Haddad", addr="lina.h26@hotmail.fr",
     client="outlook_mobile", course="Entrer dans le métier : premiers pas en classe",
     text="""[unclear]slt c pour le truc de la formation jsp si c moi ou ma soeur qui doit le faire
[unclear]on a le meme nom""",
     sig="",
     profile="other", topics=[], action="escalate",
     why="unclear: does not know whether she or her sister is enrolled; a human must check"),

dict(slug="connexion-ok-attestation-seule", name="Ghislaine Roux", addr="ghislaine.roux@ac-grenoble.fr",
     client="zimbra", course="Former les tuteurs de stagiaires", zprefix=True,
     text="""[greeting]Bonjour,

[context]J'ai terminé la partie à distance du parcours la semaine dernière (tous les modules sont cochés en vert). [other_request]Comment puis-je obtenir l'attestation de formation ? [context]Je n'ai rien reçu et je ne trouve pas de bouton « attestation » dans le parcours. [other_request]Ma direction en a besoin pour valider ma décharge de tutrice.

[thanks]Merci beaucoup""",
     sig="Ghislaine Roux\nProfesseure des écoles - tutrice",
     profile="academic", topics=[], action="escalate",
     why="attestation request only: not in the guide"),

dict(slug="gmail-mobile-double-adresse-quelle", name="Théo Blanchard", addr="theo.blanchard@etu.univ-grenoble-alpes.fr",
     client="gmail_mobile", course="Enseigner la lecture au cycle 2", irt=False,
     text="""[greeting]Bonjour,
[context]Étudiant en M1 MEEF, je suis en stage d'observation dans une école de Sassenage. [login]Je me connecte avec mon compte UGA ou je dois d'abord demander un compte académique ? [forgotten_password]Et le mot de passe UGA je l'ai oublié, je le demande à l'université ?
[thanks]Merci""",
     sig="Théo",
     profile="university", topics=["forgotten_password", "login"], action="reply",
     why="UGA student: which account/button and forgotten university password (see his institution); References dropped"),
]
