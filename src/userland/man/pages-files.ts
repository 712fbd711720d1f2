// Pages for the commands that read and manage files.

import type { ManPage } from './types';

export const FILE_PAGES: ManPage[] = [
  {
    name: 'ls',
    section: 1,
    summary: "afficher le contenu d'un répertoire",
    synopsis: ['ls [OPTION]... [FICHIER]...'],
    description: [
      'Affiche les fichiers de chaque répertoire donné (le répertoire courant par défaut), triés par nom. Les fichiers dont le nom commence par un point sont cachés, sauf avec -a ou -A.',
      'Sur un terminal, les noms sont présentés en colonnes ; dans un tube (|) ou une redirection, un nom par ligne.',
    ],
    options: [
      { flags: '-a, --all', text: 'inclure les fichiers cachés, ainsi que . et ..' },
      { flags: '-A, --almost-all', text: 'inclure les fichiers cachés, sans . ni ..' },
      {
        flags: '-l',
        text: 'format long : type et droits, nombre de liens, propriétaire, groupe, taille, date de modification, nom',
      },
      { flags: '-h, --human-readable', text: 'avec -l, tailles lisibles (1K, 234M, 2G)' },
      { flags: '-d, --directory', text: 'afficher les répertoires eux-mêmes, pas leur contenu' },
      { flags: '-R, --recursive', text: 'parcourir les sous-répertoires' },
      { flags: '-t', text: 'trier par date de modification, le plus récent en premier' },
      { flags: '-S', text: 'trier par taille, la plus grande en premier' },
      { flags: '-r, --reverse', text: "inverser l'ordre du tri" },
      { flags: '-i, --inode', text: "afficher le numéro d'inode de chaque fichier" },
      { flags: '-1', text: 'un nom par ligne' },
      {
        flags: '-F, --classify',
        text: 'ajouter un indicateur au nom : / répertoire, * exécutable, @ lien symbolique',
      },
      {
        flags: '--color[=QUAND]',
        text: 'colorer les noms : always (toujours), auto (sur un terminal) ou never (jamais)',
      },
    ],
    examples: [
      { command: 'ls -la', text: 'tout le contenu du répertoire courant, en format long' },
      { command: 'ls -lh /var/log', text: 'les journaux avec des tailles lisibles' },
    ],
    seeAlso: ['stat(1)', 'find(1)', 'du(1)'],
  },
  {
    name: 'cat',
    section: 1,
    summary: 'concaténer des fichiers et les afficher',
    synopsis: ['cat [OPTION]... [FICHIER]...'],
    description: [
      "Écrit le contenu de chaque FICHIER sur la sortie standard, l'un après l'autre. Sans FICHIER, ou quand FICHIER vaut -, lit l'entrée standard.",
    ],
    options: [
      { flags: '-n, --number', text: 'numéroter toutes les lignes' },
      { flags: '-b, --number-nonblank', text: 'numéroter les lignes non vides' },
      { flags: '-s, --squeeze-blank', text: 'réduire les suites de lignes vides à une seule' },
      {
        flags: '-A, --show-all',
        text: 'rendre visibles les fins de ligne ($), les tabulations (^I) et les caractères de contrôle',
      },
    ],
    examples: [
      { command: 'cat /etc/os-release', text: 'afficher un fichier' },
      { command: 'cat a.txt b.txt > les-deux.txt', text: 'réunir deux fichiers dans un troisième' },
    ],
    seeAlso: ['head(1)', 'tail(1)', 'less(1)'],
  },
  {
    name: 'cp',
    section: 1,
    summary: 'copier des fichiers et des répertoires',
    synopsis: ['cp [OPTION]... SOURCE DESTINATION', 'cp [OPTION]... SOURCE... RÉPERTOIRE'],
    description: [
      "Copie SOURCE vers DESTINATION, ou plusieurs SOURCEs dans RÉPERTOIRE. Un répertoire ne se copie qu'avec -r.",
    ],
    options: [
      { flags: '-r, -R, --recursive', text: 'copier les répertoires et tout leur contenu' },
      {
        flags: '-a, --archive',
        text: 'copie fidèle : récursive, en conservant liens symboliques, droits, propriétaires et dates',
      },
      { flags: '-p', text: 'conserver les droits, le propriétaire et les dates' },
      { flags: '-i, --interactive', text: "demander avant d'écraser un fichier" },
      { flags: '-n, --no-clobber', text: 'ne jamais écraser un fichier existant' },
      { flags: '-v, --verbose', text: 'afficher chaque copie' },
    ],
    examples: [{ command: 'cp -r site/ sauvegarde/', text: 'copier tout un répertoire' }],
    seeAlso: ['mv(1)', 'rm(1)', 'ln(1)'],
  },
  {
    name: 'mv',
    section: 1,
    summary: 'déplacer ou renommer des fichiers',
    synopsis: ['mv [OPTION]... SOURCE DESTINATION', 'mv [OPTION]... SOURCE... RÉPERTOIRE'],
    description: [
      'Renomme SOURCE en DESTINATION, ou déplace des SOURCEs dans RÉPERTOIRE. Entre deux systèmes de fichiers (un volume, par exemple), mv copie puis supprime.',
    ],
    options: [
      { flags: '-i, --interactive', text: "demander avant d'écraser" },
      { flags: '-n, --no-clobber', text: 'ne jamais écraser' },
      { flags: '-v, --verbose', text: 'afficher chaque déplacement' },
    ],
    examples: [{ command: 'mv brouillon.txt final.txt', text: 'renommer un fichier' }],
    seeAlso: ['cp(1)', 'rename(1)'],
  },
  {
    name: 'rm',
    section: 1,
    summary: 'supprimer des fichiers ou des répertoires',
    synopsis: ['rm [OPTION]... FICHIER...'],
    description: [
      "Supprime chaque FICHIER. Un répertoire ne se supprime qu'avec -r (ou -d s'il est vide). Il n'y a pas de corbeille : ce qui est supprimé est perdu.",
    ],
    options: [
      { flags: '-r, -R, --recursive', text: 'supprimer les répertoires et tout leur contenu' },
      { flags: '-f, --force', text: 'ignorer les fichiers absents, ne jamais demander' },
      { flags: '-i', text: 'demander avant chaque suppression' },
      { flags: '-d, --dir', text: 'supprimer les répertoires vides' },
      { flags: '-v, --verbose', text: 'afficher chaque suppression' },
    ],
    examples: [
      { command: 'rm -rf build/', text: 'supprimer un répertoire de construction sans confirmation' },
    ],
    seeAlso: ['rmdir(1)', 'find(1)'],
  },
  {
    name: 'mkdir',
    section: 1,
    summary: 'créer des répertoires',
    synopsis: ['mkdir [OPTION]... RÉPERTOIRE...'],
    description: ['Crée chaque RÉPERTOIRE. Le répertoire parent doit exister, sauf avec -p.'],
    options: [
      {
        flags: '-p, --parents',
        text: "créer aussi les parents manquants ; pas d'erreur si le répertoire existe déjà",
      },
      { flags: '-m, --mode=MODE', text: 'droits du nouveau répertoire (comme chmod), par exemple 700' },
      { flags: '-v, --verbose', text: 'afficher chaque répertoire créé' },
    ],
    examples: [{ command: 'mkdir -p projet/src/app', text: 'créer une arborescence en une fois' }],
    seeAlso: ['rmdir(1)', 'chmod(1)'],
  },
  {
    name: 'touch',
    section: 1,
    summary: 'créer un fichier vide ou mettre à jour ses dates',
    synopsis: ['touch [OPTION]... FICHIER...'],
    description: [
      "Met la date d'accès et de modification de chaque FICHIER à maintenant. Un FICHIER qui n'existe pas est créé vide.",
    ],
    options: [
      { flags: '-c, --no-create', text: 'ne pas créer les fichiers absents' },
      {
        flags: '-d, --date=DATE',
        text: 'utiliser DATE au lieu de maintenant (par exemple « 2024-01-15 10:30 »)',
      },
      { flags: '-r, --reference=FICHIER', text: "reprendre les dates d'un autre fichier" },
    ],
    seeAlso: ['stat(1)', 'date(1)'],
  },
  {
    name: 'ln',
    section: 1,
    summary: 'créer des liens entre fichiers',
    synopsis: ['ln [OPTION]... CIBLE NOM', 'ln [OPTION]... CIBLE... RÉPERTOIRE'],
    description: [
      'Crée un lien physique NOM vers CIBLE : les deux noms désignent le même fichier (même inode). Avec -s, crée un lien symbolique : un petit fichier qui contient le chemin de CIBLE.',
    ],
    options: [
      { flags: '-s, --symbolic', text: 'créer un lien symbolique' },
      { flags: '-f, --force', text: "remplacer NOM s'il existe" },
      { flags: '-v, --verbose', text: 'afficher chaque lien créé' },
    ],
    examples: [
      {
        command: 'ln -s /etc/nginx/sites-available/site site',
        text: 'un raccourci vers un fichier de configuration',
      },
    ],
    seeAlso: ['readlink(1)', 'ls(1)'],
  },
  {
    name: 'chmod',
    section: 1,
    summary: "changer les droits d'accès des fichiers",
    synopsis: ['chmod [OPTION]... MODE[,MODE]... FICHIER...', 'chmod [OPTION]... MODE-OCTAL FICHIER...'],
    description: [
      'Change les droits de chaque FICHIER. Un MODE symbolique est [ugoa][+-=][rwxXst] : u le propriétaire, g le groupe, o les autres, a tous ; r lecture, w écriture, x exécution.',
      'Un MODE octal donne les trois chiffres propriétaire, groupe, autres : 4 lecture + 2 écriture + 1 exécution. 755 = rwxr-xr-x, 644 = rw-r--r--.',
    ],
    options: [
      { flags: '-R, --recursive', text: 'changer aussi les droits de tout le contenu des répertoires' },
      { flags: '-v, --verbose', text: 'afficher chaque fichier traité' },
    ],
    examples: [
      { command: 'chmod +x script.sh', text: 'rendre un script exécutable' },
      { command: 'chmod 600 cle.pem', text: 'réserver un fichier à son propriétaire' },
    ],
    seeAlso: ['chown(1)', 'ls(1)', 'stat(1)'],
  },
  {
    name: 'chown',
    section: 1,
    summary: 'changer le propriétaire et le groupe des fichiers',
    synopsis: ['chown [OPTION]... [PROPRIÉTAIRE][:[GROUPE]] FICHIER...'],
    description: [
      "Donne chaque FICHIER à PROPRIÉTAIRE (un nom ou un numéro d'utilisateur), et au GROUPE s'il est indiqué. Seul root peut donner un fichier à un autre utilisateur.",
    ],
    options: [{ flags: '-R, --recursive', text: 'traiter aussi le contenu des répertoires' }],
    examples: [{ command: 'chown -R www-data:www-data /var/www', text: 'confier un site au serveur web' }],
    seeAlso: ['chmod(1)', 'id(1)'],
  },
  {
    name: 'find',
    section: 1,
    summary: 'rechercher des fichiers dans une arborescence',
    synopsis: ['find [CHEMIN...] [EXPRESSION]'],
    description: [
      "Parcourt chaque CHEMIN (le répertoire courant par défaut) et évalue l'EXPRESSION sur chaque fichier trouvé. Sans action, les fichiers qui la vérifient sont affichés.",
      'Les tests se combinent : à la suite (et), avec -o (ou), ! (non) et des parenthèses.',
    ],
    options: [
      {
        flags: '-name MOTIF',
        text: 'nom de fichier correspondant au MOTIF (*, ?, [...]) ; mettez le motif entre guillemets',
      },
      { flags: '-iname MOTIF', text: 'comme -name, sans distinguer majuscules et minuscules' },
      { flags: '-type T', text: 'type de fichier : f fichier, d répertoire, l lien symbolique' },
      { flags: '-maxdepth N, -mindepth N', text: 'descendre au plus (au moins) de N niveaux' },
      { flags: '-size [+-]N[ckMG]', text: 'taille plus grande (+), plus petite (-) ou égale à N' },
      { flags: '-newer FICHIER', text: 'modifié plus récemment que FICHIER' },
      { flags: '-empty', text: 'fichier ou répertoire vide' },
      {
        flags: '-exec COMMANDE {} \\;',
        text: 'lancer COMMANDE pour chaque fichier, {} étant remplacé par son chemin',
      },
      { flags: '-exec COMMANDE {} +', text: 'lancer COMMANDE une fois avec tous les chemins' },
      { flags: '-delete', text: 'supprimer les fichiers trouvés' },
    ],
    examples: [
      { command: "find . -name '*.log' -type f", text: 'tous les journaux sous le répertoire courant' },
      { command: 'find /tmp -mtime +7 -delete', text: 'supprimer ce qui a plus de sept jours' },
    ],
    seeAlso: ['xargs(1)', 'grep(1)', 'ls(1)'],
  },
  {
    name: 'stat',
    section: 1,
    summary: "afficher l'état d'un fichier",
    synopsis: ['stat [OPTION]... FICHIER...'],
    description: [
      "Affiche les métadonnées de chaque FICHIER : taille, type, inode, nombre de liens, droits, propriétaire, dates d'accès, de modification et de changement.",
    ],
    options: [
      { flags: '-L, --dereference', text: 'suivre les liens symboliques' },
      {
        flags: '-c, --format=FORMAT',
        text: 'afficher selon FORMAT : %n nom, %s taille, %a droits en octal, %A droits lisibles, %U propriétaire, %y date de modification…',
      },
    ],
    examples: [{ command: "stat -c '%A %U %n' /etc/passwd", text: 'droits, propriétaire et nom' }],
    seeAlso: ['ls(1)', 'chmod(1)'],
  },
  {
    name: 'du',
    section: 1,
    summary: "estimer l'espace disque occupé",
    synopsis: ['du [OPTION]... [FICHIER]...'],
    description: [
      "Affiche l'espace occupé par chaque FICHIER et, pour un répertoire, par chacun de ses sous-répertoires, en blocs de 1 Kio.",
    ],
    options: [
      { flags: '-s, --summarize', text: 'un seul total par argument' },
      { flags: '-h, --human-readable', text: 'tailles lisibles (12K, 3,4M)' },
      { flags: '-a, --all', text: 'afficher aussi les fichiers' },
      { flags: '-d, --max-depth=N', text: 'ne détailler que N niveaux' },
    ],
    examples: [{ command: 'du -sh /var/lib/docker', text: 'la place prise par Docker' }],
    seeAlso: ['df(1)'],
  },
  {
    name: 'df',
    section: 1,
    summary: "afficher l'espace libre des systèmes de fichiers",
    synopsis: ['df [OPTION]... [FICHIER]...'],
    description: [
      "Pour chaque système de fichiers monté : sa taille, l'espace utilisé, l'espace disponible, le pourcentage d'occupation et son point de montage.",
    ],
    options: [{ flags: '-h, --human-readable', text: 'tailles lisibles' }],
    seeAlso: ['du(1)', 'free(1)'],
  },
];
