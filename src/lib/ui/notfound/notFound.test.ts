import { describe, expect, it } from 'vitest';
import { notFound } from './notFound';
import { t } from '../../i18n';

describe('notFound', () => {
	it('names what is missing, by route', () => {
		expect(notFound('/place/[id]', { id: 'xyz' }, 'no place', '/place/xyz')).toEqual({
			key: 'notFound.place',
			id: 'xyz'
		});
		expect(notFound('/read/[doc_id]', { doc_id: 'xyz' }, 'document not found', '/read/xyz').key).toBe(
			'notFound.doc'
		);
		expect(notFound('/present/[tour]/[[stop]]', { tour: 'xyz' }, 'tour not found', '/present/xyz').key).toBe(
			'notFound.tour'
		);
		expect(
			notFound(
				'/present/[tour]/[[stop]]',
				{ tour: 'symposia', stop: '99' },
				'stop not found',
				'/present/symposia/99'
			)
		).toEqual({ key: 'notFound.stop', id: '99', tour: 'symposia' });
		expect(notFound(null, {}, 'Not Found', '/nope')).toEqual({ key: 'notFound.page', id: '/nope' });
	});
	it('reads the kind of page from the path when no route matched (prerendered ids only)', () => {
		expect(notFound(null, {}, 'Not Found', '/place/xyz')).toEqual({ key: 'notFound.place', id: 'xyz' });
		expect(notFound(null, {}, 'Not Found', '/read/xyz')).toEqual({ key: 'notFound.doc', id: 'xyz' });
		expect(notFound(null, {}, 'Not Found', '/present/xyz')).toEqual({ key: 'notFound.tour', id: 'xyz' });
		expect(notFound(null, {}, 'Not Found', '/present/symposia/99')).toEqual({
			key: 'notFound.stop',
			id: '99',
			tour: 'symposia'
		});
		expect(notFound(null, {}, 'Not Found', '/place/a/b').key).toBe('notFound.page');
		expect(notFound(null, {}, 'Not Found', '/present/place/x').key).toBe('notFound.page');
	});
	it('reads in both languages', () => {
		const n = notFound('/place/[id]', { id: 'xyz' }, '', '/place/xyz');
		expect(t('zh', n.key, { id: n.id })).toBe('没有编号为“xyz”的地点。');
		expect(t('en', n.key, { id: n.id })).toBe('There is no place with the id “xyz”.');
	});
});
