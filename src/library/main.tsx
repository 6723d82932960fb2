import { render } from 'preact';
import '../ui/theme.css';
import './library.css';
import { onDatabaseChange, openReadingDatabase } from '../adapters/database';
import { LibraryApp } from './LibraryApp';

const root = document.getElementById('app');
if (root) render(<LibraryApp database={openReadingDatabase()} changes={onDatabaseChange} />, root);
