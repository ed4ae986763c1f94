package org.zhuqi.directory.demo;

import java.util.Random;
import java.util.Set;

/**
 * Plausible Chinese personal names: a surname (姓), weighted towards those common in Zhejiang, and a given
 * name (名) of one or two characters.
 */
final class PersonNames {

	private static final String COMMON_SURNAMES = "陈王张李徐吴周沈金杨朱胡俞蒋章钱孙施方何潘楼叶林郑";

	private static final String OTHER_SURNAMES = "黄赵刘许郭马丁邵应童傅汪夏姚韩冯宋唐程袁蔡余顾严陆毛葛华盛来翁鲍邱裘屠";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红斌燕宇浩凯婷雪琳晨欣怡佳悦俊鹏辉鑫晓文博思雨梦涵轩睿泽宁航昊颖倩蕾瑶帆越诚嘉炜亮峰慧莉健锋毅翔琪璐薇哲";

	private static final Weighted<Character> SURNAMES = surnames();

	private PersonNames() {
	}

	/** A name, possibly one that somebody else already has. */
	static String any(Random random) {
		StringBuilder name = new StringBuilder().append(SURNAMES.pick(random)).append(given(random));
		if (random.nextInt(10) < 6) {
			name.append(given(random));
		}
		return name.toString();
	}

	/** A name nobody in {@code taken} has yet; adds it to {@code taken}. */
	static String unique(Random random, Set<String> taken) {
		for (int attempt = 0; attempt < 1_000; attempt++) {
			String name = any(random);
			if (taken.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("ran out of names after " + taken.size());
	}

	private static char given(Random random) {
		return GIVEN.charAt(random.nextInt(GIVEN.length()));
	}

	private static Weighted<Character> surnames() {
		Weighted<Character> surnames = new Weighted<>();
		COMMON_SURNAMES.chars().forEach(c -> surnames.add((char) c, 4));
		OTHER_SURNAMES.chars().forEach(c -> surnames.add((char) c, 1));
		return surnames;
	}

}
