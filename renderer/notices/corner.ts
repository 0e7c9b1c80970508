/**
 * The notices' corner (the root of Notices), for what joins it through a portal (the export's result
 * bar): the shell provides it once mounted, so a feature finds it without reading the DOM while rendering.
 */
import { createContext } from 'react';

export const NoticeCorner = createContext<HTMLElement | null>(null);
