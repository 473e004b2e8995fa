import { render } from 'preact';
import '../../components/page.css';
import './popup.css';
import { PopupApp } from './popup-app';

render(<PopupApp />, document.getElementById('app')!);
