// Apart from the components: the header, in the first download, needs only this.
const han = /\p{Script=Han}/u;

/**
 * The `lang` to put on an element showing `text` from the data: zh-CN when the text is Chinese
 * and the page is not, so a screen reader on an English page reads it with Chinese rules (WCAG
 * 3.1.2, language of parts). Only then: on a Chinese page the page's own lang already says it,
 * and text without Han characters (an English name, a code) must not be claimed as Chinese.
 */
export function dataLang(text: string | null | undefined, language: string): 'zh-CN' | undefined {
  return text && !language.startsWith('zh') && han.test(text) ? 'zh-CN' : undefined;
}
