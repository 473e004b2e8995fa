import { render } from 'preact';
import '../../utils/annotator/highlights.css';
import './text-layer.css';
import './viewer.css';
import { ViewerApp } from './viewer-app';

render(<ViewerApp />, document.getElementById('app')!);
