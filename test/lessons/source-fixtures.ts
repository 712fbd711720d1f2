// A valid one-step lesson whose title tells versions apart, for the lesson sources' tests.
export function lessonText(title: string): string {
  return `---
title: ${title}
order: 1
description: Une leçon d'essai.
duration: 5
steps:
  - id: lancer
    title: Lancer
    check: { container: { image: busybox } }
    solution: [docker run busybox true]
---

Introduction.

## Lancer un conteneur {#lancer}

Texte de l'étape.
`;
}
