// Pages for awk and for the tools that pack, compress, encode and check data (tar, gzip, base64,
// sha256sum, md5sum), and for mount.

import type { ManPage } from './types';

export const ARCHIVE_PAGES: ManPage[] = [
  {
    name: 'awk',
    section: 1,
    summary: 'traiter un texte ligne par ligne, champ par champ',
    synopsis: [
      "awk [-F SÉPARATEUR] [-v VAR=VALEUR] 'PROGRAMME' [FICHIER]...",
      'awk [-F SÉPARATEUR] -f SCRIPT [FICHIER]...',
    ],
    description: [
      'Lit chaque ligne (enregistrement) des FICHIERs ou de l’entrée standard, la découpe en champs $1, $2… ($0 est la ligne entière, NF le nombre de champs, NR le numéro de la ligne) et exécute les règles « motif { action } » du PROGRAMME dont le motif est vrai.',
      'BEGIN { … } s’exécute avant la première ligne, END { … } après la dernière. Sans action, la ligne est affichée ; sans motif, l’action vaut pour toutes les lignes.',
      'Le langage connaît les variables, les tableaux associatifs, if/while/for, print et printf, et les fonctions length, substr, index, split, sub, gsub, match, sprintf, tolower, toupper.',
    ],
    options: [
      { flags: '-F SÉPARATEUR', text: 'séparateur de champs (par défaut : espaces et tabulations)' },
      { flags: '-v VAR=VALEUR', text: 'donner une valeur à une variable avant BEGIN' },
      { flags: '-f SCRIPT', text: 'lire le programme dans un fichier' },
    ],
    examples: [
      {
        command: "docker ps | awk 'NR > 1 {print $NF}'",
        text: 'le nom (dernière colonne) de chaque conteneur',
      },
      { command: "awk -F: '{print $1}' /etc/passwd", text: 'les noms des comptes' },
      { command: "docker images | awk 'NR > 1 {n++} END {print n}'", text: 'compter les images' },
    ],
    seeAlso: ['grep(1)', 'sed(1)', 'cut(1)'],
  },
  {
    name: 'tar',
    section: 1,
    summary: 'créer, lister ou extraire une archive tar',
    synopsis: [
      'tar -c [-zv] [-f ARCHIVE] [-C RÉP] FICHIER...',
      'tar -t [-zv] [-f ARCHIVE] [MEMBRE]...',
      'tar -x [-zvO] [-f ARCHIVE] [-C RÉP] [MEMBRE]...',
    ],
    description: [
      'Rassemble des fichiers et des répertoires (avec leurs droits, propriétaires et dates) dans une seule archive, ou la relit.',
      'Sans -f, ou avec -f -, l’archive est lue sur l’entrée standard ou écrite sur la sortie standard : c’est ainsi que tar dialogue avec docker export, docker save, docker cp et docker load.',
    ],
    options: [
      { flags: '-c, --create', text: 'créer une archive' },
      { flags: '-t, --list', text: 'lister le contenu' },
      { flags: '-x, --extract', text: 'extraire' },
      { flags: '-f ARCHIVE', text: 'fichier de l’archive (- : entrée ou sortie standard)' },
      { flags: '-z, --gzip', text: 'compresser ou décompresser avec gzip' },
      {
        flags: '-v, --verbose',
        text: 'afficher les fichiers traités (avec -t : droits, propriétaire, taille, date)',
      },
      { flags: '-C RÉP', text: 'se placer dans RÉP avant de créer ou d’extraire' },
      { flags: '-O, --to-stdout', text: 'extraire le contenu des fichiers sur la sortie standard' },
    ],
    examples: [
      {
        command: 'docker export web | tar -t | head',
        text: 'les premiers fichiers du système de fichiers d’un conteneur',
      },
      { command: 'tar -czf site.tgz site/', text: 'archiver et compresser un répertoire' },
      {
        command: 'tar -cf - -C site . | docker cp - web:/usr/share/nginx/html',
        text: 'copier un répertoire dans un conteneur',
      },
    ],
    seeAlso: ['gzip(1)', 'docker-export(1)', 'docker-cp(1)'],
  },
  {
    name: 'gzip',
    section: 1,
    summary: 'compresser ou décompresser des fichiers (gunzip, zcat)',
    synopsis: ['gzip [-cdfkv] [FICHIER]...', 'gunzip [-cfk] [FICHIER]...', 'zcat [FICHIER]...'],
    description: [
      'Remplace chaque FICHIER par FICHIER.gz, compressé (gunzip ou gzip -d font l’inverse). Sans FICHIER, compresse l’entrée standard vers la sortie standard. zcat décompresse vers la sortie standard.',
    ],
    options: [
      { flags: '-c, --stdout', text: 'écrire sur la sortie standard et garder les fichiers' },
      { flags: '-d, --decompress', text: 'décompresser' },
      { flags: '-k, --keep', text: 'garder le fichier d’origine' },
      { flags: '-f, --force', text: 'écraser un fichier existant' },
      { flags: '-v, --verbose', text: 'afficher le taux de compression' },
    ],
    examples: [
      { command: 'docker save busybox | gzip > busybox.tar.gz', text: 'sauvegarder une image compressée' },
    ],
    seeAlso: ['tar(1)'],
  },
  {
    name: 'base64',
    section: 1,
    summary: 'encoder ou décoder en base64',
    synopsis: ['base64 [-d] [-w COLONNES] [FICHIER]'],
    description: [
      'Encode le FICHIER (ou l’entrée standard) en base64, en lignes de 76 caractères, ou le décode avec -d.',
    ],
    options: [
      { flags: '-d, --decode', text: 'décoder' },
      { flags: '-w, --wrap=COLONNES', text: 'couper les lignes à COLONNES caractères (0 : jamais)' },
    ],
    examples: [
      { command: "echo -n 'eleve:secret' | base64", text: 'l’en-tête d’une authentification HTTP Basic' },
    ],
    seeAlso: ['sha256sum(1)'],
  },
  {
    name: 'sha256sum',
    section: 1,
    summary: 'calculer ou vérifier des empreintes SHA-256',
    synopsis: ['sha256sum [FICHIER]...', 'sha256sum -c [LISTE]'],
    description: [
      'Affiche l’empreinte SHA-256 de chaque FICHIER (ou de l’entrée standard) suivie de son nom. Deux fichiers de même empreinte ont le même contenu : c’est ainsi que Docker nomme les couches et les images (sha256:…).',
    ],
    options: [
      { flags: '-c, --check', text: 'vérifier les empreintes d’une LISTE produite par sha256sum' },
      { flags: '--status', text: 'ne rien afficher, le code de retour suffit' },
    ],
    examples: [{ command: 'docker save busybox | sha256sum', text: 'l’empreinte de l’archive d’une image' }],
    seeAlso: ['md5sum(1)'],
  },
  {
    name: 'md5sum',
    section: 1,
    summary: 'calculer ou vérifier des empreintes MD5',
    synopsis: ['md5sum [FICHIER]...', 'md5sum -c [LISTE]'],
    description: [
      'Comme sha256sum, avec l’algorithme MD5 (plus ancien, à ne plus utiliser pour la sécurité).',
    ],
    options: [{ flags: '-c, --check', text: 'vérifier les empreintes d’une LISTE' }],
    seeAlso: ['sha256sum(1)'],
  },
  {
    name: 'mount',
    section: 8,
    summary: 'afficher les systèmes de fichiers montés',
    synopsis: ['mount [-t TYPE]'],
    description: [
      'Sans argument, liste les montages (lus dans /proc/mounts) : « SOURCE on CIBLE type TYPE (OPTIONS) ». Dans un conteneur, on y voit la racine overlay, les volumes, les montages bind et tmpfs.',
      'Monter un système de fichiers demande des privilèges que les utilisateurs simulés n’ont pas.',
    ],
    options: [{ flags: '-t TYPE', text: 'ne lister que les montages de ce type (tmpfs, overlay…)' }],
    examples: [
      {
        command: 'docker run --rm --tmpfs /scratch busybox mount | grep scratch',
        text: 'voir un tmpfs monté dans un conteneur',
      },
    ],
    seeAlso: ['df(1)'],
  },
];
