// The demo store's catalogue. Pictures are inline SVG so nothing is fetched from the internet.
import { escapeHtml } from './html';

export interface Product {
  name: string;
  price: string;
  /** A short line under the name. */
  note: string;
  /** Background of the picture tile. */
  tint: string;
  /** SVG content drawn in a 120×120 box. */
  art: string;
}

export const PRODUCTS: readonly Product[] = [
  {
    name: 'Stoneware Mug',
    price: '$18.00',
    note: 'Glazed by hand, 350 ml',
    tint: '#e8efe9',
    art: '<rect x="32" y="34" width="46" height="56" rx="8" fill="#5b7f6a"/><path d="M78 48h8a10 10 0 0 1 0 20h-8" fill="none" stroke="#5b7f6a" stroke-width="7"/><rect x="32" y="34" width="46" height="10" rx="5" fill="#7fa08c"/>',
  },
  {
    name: 'Canvas Tote',
    price: '$24.00',
    note: 'Heavy cotton, inside pocket',
    tint: '#f3ece0',
    art: '<path d="M46 40a14 14 0 0 1 28 0" fill="none" stroke="#a2875d" stroke-width="5"/><path d="M30 44h60l-6 50H36z" fill="#d2b98d"/><rect x="48" y="60" width="24" height="16" rx="3" fill="#a2875d"/>',
  },
  {
    name: 'Linen Apron',
    price: '$42.00',
    note: 'Adjustable strap, two pockets',
    tint: '#e6eaf2',
    art: '<path d="M44 26h32l4 18 14 6-6 52H32l-6-52 14-6z" fill="#5d6f94"/><rect x="40" y="70" width="16" height="14" rx="2" fill="#7c8db1"/><rect x="64" y="70" width="16" height="14" rx="2" fill="#7c8db1"/>',
  },
  {
    name: 'Olive Tree',
    price: '$36.00',
    note: 'In a terracotta pot',
    tint: '#eef0e2',
    art: '<rect x="40" y="74" width="40" height="28" rx="3" fill="#c06a45"/><rect x="57" y="44" width="6" height="32" fill="#7b5a3a"/><circle cx="60" cy="40" r="20" fill="#7d8b4a"/><circle cx="46" cy="48" r="11" fill="#95a35c"/><circle cx="74" cy="48" r="11" fill="#95a35c"/>',
  },
  {
    name: 'Beeswax Candle',
    price: '$14.00',
    note: 'Burns for 40 hours',
    tint: '#f7efd8',
    art: '<rect x="44" y="46" width="32" height="52" rx="4" fill="#e3b341"/><path d="M60 22c7 9 7 15 0 20-7-5-7-11 0-20z" fill="#f08a24"/><rect x="59" y="40" width="2" height="7" fill="#333"/>',
  },
  {
    name: 'Dot-Grid Notebook',
    price: '$12.00',
    note: 'A5, 160 pages',
    tint: '#f1e6ea',
    art: '<rect x="34" y="24" width="52" height="72" rx="4" fill="#b4546f"/><rect x="34" y="24" width="8" height="72" rx="2" fill="#8e3c54"/><rect x="50" y="40" width="28" height="12" rx="2" fill="#f1e6ea"/>',
  },
];

export const productPicture = (p: Product): string =>
  `<div class="pic" style="background:${p.tint}"><svg viewBox="0 0 120 120" role="img" aria-label="${escapeHtml(p.name)}" xmlns="http://www.w3.org/2000/svg">${p.art}</svg></div>`;
