// electron-builder configuration for 公文起草助手 (`npm run dist`).
// Offline build farms: set GWDRAFT_ELECTRON_DIST to an unpacked Electron (or a folder holding Electron's
// release zips) so nothing is downloaded; see README "离线打包 / Offline packaging".
'use strict';

const electronDist = process.env.GWDRAFT_ELECTRON_DIST || undefined;

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.gwdraft.desktop',
  productName: '公文起草助手',
  executableName: 'gwdraft',
  copyright: 'gwdraft',
  artifactName: 'gwdraft-${version}-${os}-${arch}.${ext}',
  directories: { output: 'release', buildResources: 'build' },
  // Main and preload are bundled by esbuild and the renderer by Vite: no node_modules ship.
  files: ['dist-electron/*.cjs', 'dist/renderer/**', 'package.json', '!**/*.map', '!node_modules/**'],
  asar: true,
  npmRebuild: false,
  ...(electronDist ? { electronDist } : {}),
  fileAssociations: [
    {
      ext: 'gwdraft',
      name: 'gwdraft',
      description: '公文起草助手草稿',
      mimeType: 'application/x-gwdraft',
      role: 'Editor',
      icon: 'icons/icon',
    },
  ],
  // The Electron security checklist's fuses: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect,
  // app code only from the integrity-checked asar, no extra file:// privileges.
  // Test builds driven by Playwright's _electron need --inspect: build them with GWDRAFT_TEST_BUILD=1.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: process.env.GWDRAFT_TEST_BUILD === '1',
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    icon: 'build/icons/icon.ico',
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  // Per-user installer: installs under the user's profile, never asks for administrator rights.
  nsis: {
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: '公文起草助手',
    installerLanguages: ['zh_CN'],
    language: '2052',
    unicode: true,
    artifactName: 'gwdraft-${version}-setup-${arch}.${ext}',
  },
  portable: { artifactName: 'gwdraft-${version}-portable-${arch}.${ext}' },
  linux: {
    icon: 'build/icons',
    category: 'Office',
    synopsis: '法治政府建设年度报告起草助手',
    description: '离线起草法治政府建设年度报告：按提纲编写、检查必报事项、导出符合 GB/T 9704 的 Word 文档。',
    maintainer: 'gwdraft <gwdraft@localhost>',
    mimeTypes: ['application/x-gwdraft'],
    desktop: {
      entry: {
        Name: '公文起草助手',
        Comment: '法治政府建设年度报告起草助手',
        Categories: 'Office;WordProcessor;',
      },
    },
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
  },
  deb: { priority: 'optional' },
};
