import { render } from 'preact';
import '../ui/theme.css';
import { LibraryApp } from './LibraryApp';

const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
