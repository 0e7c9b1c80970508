/** IPC channel names shared by main and preload. */
export const IPC_API = 'gwdraft:api';
export const IPC_MENU = 'gwdraft:menu';
