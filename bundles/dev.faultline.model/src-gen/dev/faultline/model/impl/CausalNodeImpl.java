/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.CausalNode;
import dev.faultline.model.FaultlinePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Causal Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class CausalNodeImpl extends FactImpl implements CausalNode {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CausalNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.CAUSAL_NODE;
	}

} //CausalNodeImpl
