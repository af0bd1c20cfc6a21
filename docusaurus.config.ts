import {createConfig} from './src/config/site';

export default createConfig({siteDir: __dirname});
