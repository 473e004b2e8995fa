import { render } from 'preact';
import '../../components/page.css';
import { OptionsApp } from './options-app';

render(<OptionsApp />, document.getElementById('app')!);
