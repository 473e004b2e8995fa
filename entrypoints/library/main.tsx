import { render } from 'preact';
import '../../components/page.css';
import '../../utils/annotator/highlights.css';
import './library.css';
import { LibraryApp } from './library-app';

render(<LibraryApp />, document.getElementById('app')!);
