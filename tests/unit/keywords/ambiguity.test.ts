import { describe, expect, it } from 'vitest';
import { appMatcher } from './app-dictionary';

const skills = (text: string): string[] => appMatcher.find(text).map((m) => m.skill);

// Each word is a skill in one sentence and an ordinary word in the other: the context decides.
describe.each([
  ['Go', 'Go', 'Services written in Go and Python', 'We go above and beyond; go live next week'],
  ['R', 'R', 'Statistical programming (R, SAS, SPSS)', 'Plan R is the fallback; Section R applies'],
  ['C', 'C', 'Programming in C and C++ on Linux', 'Plan C is needed for grade C students'],
  ['Swift', 'Swift', 'Swift and Objective-C for iOS apps', 'Swift delivery of projects to clients'],
  ['Spring', 'Spring', 'Java with Spring, Hibernate and Kafka', 'Spring cleaning starts in the spring'],
  ['Rust', 'Rust', 'Backend services in Rust', 'Rust removal and painting of steel parts'],
  ['Chef', 'Chef', 'Configuration management with Chef or Ansible', 'Head Chef needed for our kitchen'],
  ['Puppet', 'Puppet', 'Experience using Puppet and Terraform', 'Puppet shows for the children on Sundays'],
  ['Excel', 'Microsoft Excel', 'Advanced Excel and SQL', 'You will Excel in a fast-paced team'],
  [
    'Express',
    'Express.js',
    'APIs built with Node and Express',
    'Express delivery to customers; express ideas',
  ],
  ['Make', 'Make', 'Build tooling: Make, CMake, Bazel', 'Make sure you make an impact'],
  ['Access', 'Microsoft Access', 'Reports in Word, Excel and Access', 'Access to the building after hours'],
  [
    'Word',
    'Microsoft Word',
    'Proficient in MS Office (Word, Excel, PowerPoint)',
    'Word of mouth brings customers',
  ],
  // A list item the dictionary does not know ("Summation") does not break the list.
  [
    'Excel',
    'Microsoft Excel',
    'Software including Outlook, Word, Summation, Excel and others',
    'Excel, Leeds',
  ],
  // A product name capitalised mid-sentence is the product, in any language; a capital after a
  // capital (a Title Case heading) or before "in"/"to" is not enough.
  ['Excel', 'Microsoft Excel', 'You should know Excel well', 'You will Excel in a fast-paced team'],
  ['Excel', 'Microsoft Excel', 'Nivel alto de Excel', 'We Excel At Service'],
  ['Outlook', 'Microsoft Outlook', 'Gestion de la messagerie Outlook', 'Our Outlook For 2027'],
  ['Word', 'Microsoft Word', 'Letters typed in the office with Word daily', 'Word of mouth brings customers'],
])('"%s"', (_word, skill, asSkill, asWord) => {
  it(`is ${skill} in "${asSkill}"`, () => {
    expect(skills(asSkill)).toContain(skill);
  });
  it(`is an ordinary word in "${asWord}"`, () => {
    expect(skills(asWord)).not.toContain(skill);
  });
});
