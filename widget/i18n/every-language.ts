// Every language's texts in one place, for the command line and the tests: the storefront never imports
// this (it loads one language's two files, and only when it shows them).
import type { Language } from '../../core/languages';
import bgBanner from './bg-banner';
import bgPreferences from './bg-preferences';
import csBanner from './cs-banner';
import csPreferences from './cs-preferences';
import daBanner from './da-banner';
import daPreferences from './da-preferences';
import deBanner from './de-banner';
import dePreferences from './de-preferences';
import elBanner from './el-banner';
import elPreferences from './el-preferences';
import type { BannerTexts, PreferencesTexts } from './en';
import { BANNER_EN } from './en-banner';
import { NOTICE_EN } from './en-notice';
import { OPT_OUT_EN } from './en-opt-out';
import { PREFERENCES_EN } from './en-preferences';
import esBanner from './es-banner';
import esPreferences from './es-preferences';
import etBanner from './et-banner';
import etPreferences from './et-preferences';
import fiBanner from './fi-banner';
import fiPreferences from './fi-preferences';
import frBanner from './fr-banner';
import frPreferences from './fr-preferences';
import gaBanner from './ga-banner';
import gaPreferences from './ga-preferences';
import hrBanner from './hr-banner';
import hrPreferences from './hr-preferences';
import huBanner from './hu-banner';
import huPreferences from './hu-preferences';
import itBanner from './it-banner';
import itPreferences from './it-preferences';
import ltBanner from './lt-banner';
import ltPreferences from './lt-preferences';
import lvBanner from './lv-banner';
import lvPreferences from './lv-preferences';
import mtBanner from './mt-banner';
import mtPreferences from './mt-preferences';
import nbBanner from './nb-banner';
import nbPreferences from './nb-preferences';
import nlBanner from './nl-banner';
import nlPreferences from './nl-preferences';
import plBanner from './pl-banner';
import plPreferences from './pl-preferences';
import ptBRBanner from './pt-BR-banner';
import ptBRPreferences from './pt-BR-preferences';
import ptBanner from './pt-banner';
import ptPreferences from './pt-preferences';
import roBanner from './ro-banner';
import roPreferences from './ro-preferences';
import skBanner from './sk-banner';
import skPreferences from './sk-preferences';
import slBanner from './sl-banner';
import slPreferences from './sl-preferences';
import svBanner from './sv-banner';
import svPreferences from './sv-preferences';

/** What the banner and the notice say, by language. */
export const BANNERS: Record<Language, BannerTexts> = {
  en: BANNER_EN,
  bg: bgBanner,
  cs: csBanner,
  da: daBanner,
  de: deBanner,
  el: elBanner,
  es: esBanner,
  et: etBanner,
  fi: fiBanner,
  fr: frBanner,
  ga: gaBanner,
  hr: hrBanner,
  hu: huBanner,
  it: itBanner,
  lt: ltBanner,
  lv: lvBanner,
  mt: mtBanner,
  nb: nbBanner,
  nl: nlBanner,
  pl: plBanner,
  pt: ptBanner,
  'pt-BR': ptBRBanner,
  ro: roBanner,
  sk: skBanner,
  sl: slBanner,
  sv: svBanner,
};

/** What the preferences dialog, the withdrawal notice and the opt-out notice say, by language. */
export const PREFERENCES: Record<Language, PreferencesTexts> = {
  en: { ...PREFERENCES_EN, ...NOTICE_EN, ...OPT_OUT_EN },
  bg: bgPreferences,
  cs: csPreferences,
  da: daPreferences,
  de: dePreferences,
  el: elPreferences,
  es: esPreferences,
  et: etPreferences,
  fi: fiPreferences,
  fr: frPreferences,
  ga: gaPreferences,
  hr: hrPreferences,
  hu: huPreferences,
  it: itPreferences,
  lt: ltPreferences,
  lv: lvPreferences,
  mt: mtPreferences,
  nb: nbPreferences,
  nl: nlPreferences,
  pl: plPreferences,
  pt: ptPreferences,
  'pt-BR': ptBRPreferences,
  ro: roPreferences,
  sk: skPreferences,
  sl: slPreferences,
  sv: svPreferences,
};
