// Pages for the commands that filter text.

import type { ManPage } from './types';

export const TEXT_PAGES: ManPage[] = [
  {
    name: 'echo',
    section: 1,
    summary: 'afficher une ligne de texte',
    synopsis: ['echo [-neE] [CHAÎNE]...'],
    description: ["Affiche les CHAÎNEs séparées par des espaces, suivies d'un retour à la ligne."],
    options: [
      { flags: '-n', text: 'ne pas ajouter de retour à la ligne' },
      {
        flags: '-e',
        text: 'interpréter les séquences \\n (retour à la ligne), \\t (tabulation), \\\\ (barre oblique inverse)',
      },
    ],
    examples: [{ command: 'echo "Bonjour $USER"', text: 'afficher un message avec une variable' }],
    seeAlso: ['printf(1)'],
  },
  {
    name: 'head',
    section: 1,
    summary: 'afficher le début des fichiers',
    synopsis: ['head [OPTION]... [FICHIER]...'],
    description: ["Affiche les 10 premières lignes de chaque FICHIER (ou de l'entrée standard)."],
    options: [
      { flags: '-n, --lines=N', text: 'les N premières lignes ; avec -N, toutes sauf les N dernières' },
      { flags: '-c, --bytes=N', text: 'les N premiers octets' },
    ],
    examples: [{ command: 'head -n 3 /etc/passwd', text: 'les trois premiers comptes' }],
    seeAlso: ['tail(1)', 'cat(1)'],
  },
  {
    name: 'tail',
    section: 1,
    summary: 'afficher la fin des fichiers',
    synopsis: ['tail [OPTION]... [FICHIER]...'],
    description: [
      "Affiche les 10 dernières lignes de chaque FICHIER. Avec -f, continue à afficher ce qui est ajouté au fichier, jusqu'à Ctrl-C.",
    ],
    options: [
      { flags: '-n, --lines=N', text: 'les N dernières lignes ; +N à partir de la ligne N' },
      { flags: '-c, --bytes=N', text: 'les N derniers octets' },
      { flags: '-f, --follow', text: "suivre le fichier pendant qu'il grandit" },
    ],
    examples: [{ command: 'tail -f /var/log/app.log', text: 'suivre un journal en direct' }],
    seeAlso: ['head(1)', 'less(1)'],
  },
  {
    name: 'wc',
    section: 1,
    summary: 'compter les lignes, mots et octets',
    synopsis: ['wc [OPTION]... [FICHIER]...'],
    description: [
      "Affiche pour chaque FICHIER le nombre de lignes, de mots et d'octets, puis un total s'il y a plusieurs fichiers.",
    ],
    options: [
      { flags: '-l, --lines', text: 'seulement les lignes' },
      { flags: '-w, --words', text: 'seulement les mots' },
      { flags: '-c, --bytes', text: 'seulement les octets' },
      { flags: '-m, --chars', text: 'les caractères (é compte pour un caractère mais deux octets)' },
    ],
    examples: [{ command: 'ls | wc -l', text: 'combien de fichiers dans le répertoire' }],
    seeAlso: ['grep(1)'],
  },
  {
    name: 'grep',
    section: 1,
    summary: 'afficher les lignes qui correspondent à un motif',
    synopsis: ['grep [OPTION]... MOTIF [FICHIER]...', 'grep [OPTION]... -e MOTIF... [FICHIER]...'],
    description: [
      "Cherche le MOTIF (une expression régulière) dans chaque FICHIER ou dans l'entrée standard, et affiche les lignes qui le contiennent. Avec plusieurs fichiers, chaque ligne est précédée du nom du fichier.",
      "Code de retour : 0 si une ligne correspond, 1 sinon, 2 en cas d'erreur.",
    ],
    options: [
      { flags: '-i, --ignore-case', text: 'ne pas distinguer majuscules et minuscules' },
      { flags: '-v, --invert-match', text: 'afficher les lignes qui ne correspondent pas' },
      { flags: '-n, --line-number', text: 'numéroter les lignes affichées' },
      { flags: '-c, --count', text: 'compter les lignes qui correspondent' },
      { flags: '-o, --only-matching', text: "n'afficher que la partie qui correspond" },
      {
        flags: '-l, --files-with-matches',
        text: "n'afficher que le nom des fichiers qui contiennent le motif",
      },
      { flags: '-w, --word-regexp', text: 'le motif doit être un mot entier' },
      { flags: '-r, --recursive', text: 'chercher dans tous les fichiers des répertoires' },
      {
        flags: '-E, --extended-regexp',
        text: 'expressions régulières étendues (|, +, ?, parenthèses sans barre oblique)',
      },
      { flags: '-q, --quiet', text: 'ne rien afficher, seulement le code de retour (pratique dans un if)' },
    ],
    examples: [
      { command: 'grep -rn TODO src/', text: 'tous les TODO, avec fichier et numéro de ligne' },
      { command: 'docker ps | grep -v Exited', text: "filtrer la sortie d'une autre commande" },
    ],
    seeAlso: ['sed(1)', 'find(1)'],
  },
  {
    name: 'sed',
    section: 1,
    summary: 'éditeur de flux pour transformer du texte',
    synopsis: ['sed [OPTION]... SCRIPT [FICHIER]...'],
    description: [
      'Applique le SCRIPT à chaque ligne des FICHIERs et affiche le résultat. La commande la plus courante est s/MOTIF/REMPLACEMENT/ : remplacer la première occurrence de MOTIF (avec le drapeau g : toutes).',
      "Une commande peut être précédée d'une adresse : un numéro de ligne, $ (la dernière), /MOTIF/, ou un intervalle A,B.",
    ],
    options: [
      { flags: '-n, --quiet', text: "n'afficher que ce que demande la commande p" },
      { flags: '-e SCRIPT', text: 'ajouter une commande (on peut en donner plusieurs)' },
      { flags: '-E, -r', text: 'expressions régulières étendues' },
      {
        flags: '-i[SUFFIXE]',
        text: 'modifier les fichiers sur place (avec une copie de sauvegarde si SUFFIXE est donné)',
      },
    ],
    examples: [
      { command: "sed 's/http/https/g' liens.txt", text: 'remplacer partout' },
      { command: "sed -n '2,4p' fichier", text: 'afficher les lignes 2 à 4' },
      { command: "sed -i '/^#/d' config", text: 'supprimer les commentaires du fichier' },
    ],
    seeAlso: ['grep(1)', 'tr(1)'],
  },
  {
    name: 'sort',
    section: 1,
    summary: 'trier des lignes de texte',
    synopsis: ['sort [OPTION]... [FICHIER]...'],
    description: ['Trie les lignes de tous les FICHIERs et les affiche.'],
    options: [
      { flags: '-n, --numeric-sort', text: 'trier selon la valeur numérique' },
      { flags: '-r, --reverse', text: 'ordre inverse' },
      { flags: '-u, --unique', text: "ne garder qu'une ligne parmi les égales" },
      { flags: '-k, --key=N[,M]', text: "trier selon le champ N (jusqu'au champ M)" },
      { flags: '-t, --field-separator=SÉP', text: 'séparateur de champs (par défaut les blancs)' },
    ],
    examples: [{ command: 'sort -t , -k 2 -n notes.csv', text: 'trier un CSV selon sa deuxième colonne' }],
    seeAlso: ['uniq(1)', 'cut(1)'],
  },
  {
    name: 'uniq',
    section: 1,
    summary: 'réduire les lignes répétées consécutives',
    synopsis: ['uniq [OPTION]... [ENTRÉE [SORTIE]]'],
    description: [
      "Ne garde qu'une ligne par groupe de lignes identiques qui se suivent. Pour un résultat global, triez d'abord : sort | uniq.",
    ],
    options: [
      { flags: '-c, --count', text: "préfixer chaque ligne par son nombre d'occurrences" },
      { flags: '-d, --repeated', text: "n'afficher que les lignes répétées" },
      { flags: '-u, --unique', text: "n'afficher que les lignes uniques" },
    ],
    examples: [
      { command: 'sort acces.log | uniq -c | sort -nr', text: 'les lignes les plus fréquentes en premier' },
    ],
    seeAlso: ['sort(1)'],
  },
  {
    name: 'cut',
    section: 1,
    summary: 'extraire des colonnes de chaque ligne',
    synopsis: ['cut OPTION... [FICHIER]...'],
    description: [
      'Affiche une partie de chaque ligne : des champs séparés par un délimiteur, ou des caractères.',
    ],
    options: [
      { flags: '-d, --delimiter=DÉLIM', text: 'délimiteur de champs (tabulation par défaut)' },
      { flags: '-f, --fields=LISTE', text: 'champs à garder : 1,3 ou 2-4 ou 3-' },
      { flags: '-c, --characters=LISTE', text: 'caractères à garder' },
    ],
    examples: [{ command: 'cut -d : -f 1 /etc/passwd', text: 'la liste des comptes' }],
    seeAlso: ['sort(1)', 'tr(1)'],
  },
  {
    name: 'tr',
    section: 1,
    summary: 'remplacer ou supprimer des caractères',
    synopsis: ['tr [OPTION]... ENSEMBLE1 [ENSEMBLE2]'],
    description: [
      "Lit l'entrée standard et remplace chaque caractère d'ENSEMBLE1 par le caractère correspondant d'ENSEMBLE2. Les ensembles acceptent des intervalles (a-z) et des classes ([:upper:], [:digit:]…).",
    ],
    options: [
      { flags: '-d, --delete', text: "supprimer les caractères d'ENSEMBLE1" },
      { flags: '-s, --squeeze-repeats', text: 'réduire les répétitions à un seul caractère' },
      { flags: '-c, --complement', text: "prendre le complément d'ENSEMBLE1" },
    ],
    examples: [{ command: 'echo bonjour | tr a-z A-Z', text: 'passer en majuscules' }],
    seeAlso: ['sed(1)'],
  },
  {
    name: 'xargs',
    section: 1,
    summary: "construire des commandes à partir de l'entrée standard",
    synopsis: ['xargs [OPTION]... [COMMANDE [ARGUMENT]...]'],
    description: [
      "Lit des mots sur l'entrée standard et lance COMMANDE (echo par défaut) avec ces mots en arguments.",
    ],
    options: [
      { flags: '-n N', text: 'au plus N arguments par commande' },
      { flags: '-I CHAÎNE', text: 'une commande par ligne, CHAÎNE y étant remplacée par la ligne' },
      { flags: '-0', text: 'les mots sont séparés par le caractère nul (avec find -print0)' },
      { flags: '-r', text: "ne rien lancer si l'entrée est vide" },
    ],
    examples: [{ command: 'docker ps -aq | xargs docker rm', text: 'supprimer tous les conteneurs arrêtés' }],
    seeAlso: ['find(1)'],
  },
];
