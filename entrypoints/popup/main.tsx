import { render } from 'preact';
import '../../components/page.css';
import '../../components/entity-card.css';
import './popup.css';
import { PopupApp } from './popup-app';

render(<PopupApp />, document.getElementById('app')!);
