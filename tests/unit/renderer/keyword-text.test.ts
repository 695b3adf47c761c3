import { describe, expect, it } from 'vitest';
import { newKeywords, splitTyped } from '../../../src/renderer/src/features/resume/keyword-text';

describe('newKeywords', () => {
  it('splits a pasted list at commas, semicolons and line breaks, trimmed, blanks dropped', () => {
    expect(newKeywords(' Kubernetes,  Helm ;Argo CD\n\n,  ', [])).toEqual(['Kubernetes', 'Helm', 'Argo CD']);
  });

  it('keeps each keyword once, ignoring case, including those the group already has', () => {
    expect(newKeywords('Go, go, Rust, PYTHON', ['python'])).toEqual(['Go', 'Rust']);
  });

  it('collapses inner whitespace so "Argo   CD" and "Argo CD" are one keyword', () => {
    expect(newKeywords('Argo   CD', ['Argo CD'])).toEqual([]);
  });
});

describe('splitTyped', () => {
  it('hands over what is before the last separator and keeps the word being typed', () => {
    expect(splitTyped('Terraform, Ans')).toEqual({ ready: 'Terraform', rest: 'Ans' });
    expect(splitTyped('Terraform')).toEqual({ ready: '', rest: 'Terraform' });
    expect(splitTyped('a, b,')).toEqual({ ready: 'a, b', rest: '' });
  });
});
